// Formats as Spark's Streaming UI shows them.

/** Simulated batch time as a clock, e.g. 65000 -> "00:01:05", 1500 -> "00:00:01.500". */
export function formatBatchTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
  const rest = ms - total * 1000;
  return rest === 0 ? clock : `${clock}.${String(Math.round(rest)).padStart(3, "0")}`;
}

/** Spark's UIUtils.formatDuration: "45 ms", "1.2 s", "3.5 min", "2.0 h". Undefined shows as "-". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return "-";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const min = s / 60;
  if (min < 60) return `${min.toFixed(1)} min`;
  return `${(min / 60).toFixed(1)} h`;
}

/** Large counts stay readable on a projector: 1234567 -> "1.23M". */
export function formatCount(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)}k`;
  return `${(n / 1_000_000).toFixed(2)}M`;
}

/** Short batch time for chart axes: "01:05" under an hour, else as formatBatchTime. */
export function formatAxisTime(ms: number): string {
  return ms < 3_600_000 ? formatBatchTime(ms).slice(3) : formatBatchTime(ms);
}

/** "1 record", "25 records", "1.23M records": a count with its noun, singular only for exactly one. */
export function countOf(n: number, noun: string, format: (n: number) => string = String): string {
  return `${format(n)} ${n === 1 ? noun : `${noun}s`}`;
}
