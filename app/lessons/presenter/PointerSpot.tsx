// In presenter mode a bright ring follows the mouse, so the room sees what the teacher points at.
import { useEffect, useRef } from "react";
import { useLessons } from "../lessonStore";

export function PointerSpot() {
  const presenter = useLessons((s) => s.presenter);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!presenter) return;
    const move = (e: PointerEvent) => {
      const el = ref.current;
      if (el) el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
    };
    window.addEventListener("pointermove", move);
    return () => window.removeEventListener("pointermove", move);
  }, [presenter]);
  if (!presenter) return null;
  return <div ref={ref} className="pointer-spot" data-testid="pointer-spot" aria-hidden="true" />;
}
