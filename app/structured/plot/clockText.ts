// Times on the structured views' axes: a run's simulated clock starts near 0, while event times in the
// guide's examples are wall-clock instants; both read as a clock.
import { formatAxisTime } from "../../charts/format";

const DAY_MS = 86_400_000;

export function clockText(ms: number): string {
  if (Math.abs(ms) < DAY_MS) return formatAxisTime(ms);
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0
    ? clock
    : `${clock}:${pad(d.getUTCSeconds())}`;
}
