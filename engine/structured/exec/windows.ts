// Event-time windows as Spark's TimeWindowing assigns them (startTime 0): the windows holding t are
//
//   lastStart = t - (t + slide) % slide           (the latest window start at or before t)
//   start_i   = lastStart - i * slide,  i = 0 .. ceil(length / slide) - 1
//   keep [start_i, start_i + length) when start_i <= t < start_i + length
//
//   t = 12:07, length 10 min, slide 5 min:   [12:05, 12:15)  [12:00, 12:10)
//   --+----+----+----+--
//   12:00 12:05 12:10 12:15
export function windowsOf(t: number, lengthMs: number, slideMs: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const mod = (((t + slideMs) % slideMs) + slideMs) % slideMs;
  const lastStart = t - mod;
  const n = Math.ceil(lengthMs / slideMs);
  for (let i = 0; i < n; i++) {
    const start = lastStart - i * slideMs;
    if (start <= t && t < start + lengthMs) out.push({ start, end: start + lengthMs });
  }
  return out;
}
