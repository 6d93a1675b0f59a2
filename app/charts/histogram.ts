// What Spark's Streaming UI draws beside each timeline: the distribution of the metric's values over the
// batches shown, on the same value axis as the timeline (so a bin sits level with the points it counts),
// with the average. Pure.

export interface HistogramBin {
  /** The bin holds values in [from, to), the last one also `to`. */
  from: number;
  to: number;
  count: number;
}

/**
 * A value axis from 0 that reads well: four equal steps of 1, 2, 2.5 or 5 times a power of ten, the top
 * at or above `max`. With `integer` (counts, whole milliseconds) a step is never below 1 nor 2.5, so no
 * two tick labels round to the same text.
 */
export function niceScale(max: number, integer = true): { max: number; ticks: number[] } {
  const target = max > 0 && Number.isFinite(max) ? max / 4 : 0.25;
  const power = 10 ** Math.floor(Math.log10(target));
  const steps = integer && power < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = steps.map((m) => m * power).find((s) => s >= target) ?? 10 * power;
  if (integer) step = Math.max(1, step);
  return { max: 4 * step, ticks: [0, step, 2 * step, 3 * step, 4 * step] };
}

/** The values of `key` that are defined and finite. */
export function definedValues<P>(points: readonly P[], key: keyof P): number[] {
  const out: number[] = [];
  for (const p of points) {
    const v = p[key];
    if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  }
  return out;
}

export function average(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** `bins` equal bins over [0, max]; values above max fall in the last bin, below 0 in the first. */
export function histogram(values: readonly number[], max: number, bins = 10): HistogramBin[] {
  const width = max / bins;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count: 0,
  }));
  for (const v of values) out[binIndex(v, max, bins)].count++;
  return out;
}

/** The bin a value falls in. */
export function binIndex(value: number, max: number, bins: number): number {
  if (!(max > 0)) return 0;
  return Math.max(0, Math.min(bins - 1, Math.floor((value / max) * bins)));
}
