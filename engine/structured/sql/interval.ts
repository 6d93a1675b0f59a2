// Spark's interval strings, as `window(col, "10 minutes")`, `withWatermark(col, "10 minutes")` and
// `Trigger.ProcessingTime("1 second")` take them (IntervalUtils.stringToInterval): an optional
// "interval", then number-unit pairs, units singular or plural. Months and years are refused, as Spark
// refuses them in windows and watermarks (a month has no fixed length).

const UNIT_MS: Record<string, number> = {
  week: 7 * 86_400_000,
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
  millisecond: 1,
};

/** Milliseconds of `text`, or a message saying what is wrong. */
export function parseInterval(text: unknown): { ok: true; ms: number } | { ok: false; message: string } {
  if (typeof text !== "string" || text.trim() === "")
    return { ok: false, message: 'expected an interval such as "10 minutes"' };
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words[0] === "interval") words.shift();
  if (words.length === 0 || words.length % 2 !== 0)
    return {
      ok: false,
      message: `Error parsing '${text}' to interval: expected number-unit pairs such as "10 minutes"`,
    };
  let ms = 0;
  for (let i = 0; i < words.length; i += 2) {
    const n = Number(words[i]);
    const unit = words[i + 1].replace(/s$/, "");
    if (!/^-?\d+(\.\d+)?$/.test(words[i]) || !Number.isFinite(n))
      return { ok: false, message: `Error parsing '${text}' to interval: '${words[i]}' is not a number` };
    if (unit === "month" || unit === "year")
      return { ok: false, message: `Intervals greater than a month is not supported (${text}).` };
    const per = UNIT_MS[unit];
    if (per === undefined)
      return { ok: false, message: `Error parsing '${text}' to interval: unknown unit '${words[i + 1]}'` };
    ms += n * per;
  }
  return { ok: true, ms: Math.round(ms) };
}

/** The problem with an interval param, or undefined (for a spec's `validate`). */
export function intervalProblem(
  text: unknown,
  opts: { positive?: boolean; allowZero?: boolean } = {},
): string | undefined {
  const r = parseInterval(text);
  if (!r.ok) return r.message;
  if (r.ms < 0) return `the interval must not be negative (${text})`;
  if (r.ms === 0 && opts.positive) return `the interval must be greater than 0 (${text})`;
  return undefined;
}
