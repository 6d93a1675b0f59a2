// Hands a new value over `delayMs` later, in a task of its own: charts that all change on the same batch
// redraw one per task (each a few tens of ms) instead of together in one long task that drops frames.
import { useEffect, useState } from "react";

export function useStaggered<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : shown;
}
