// What Spark's Streaming UI draws beside each timeline: the distribution of the metric's values over the
// batches shown, on the same value axis as the timeline (so a bin sits level with the points it counts),
// with the average. Pure.

export interface HistogramBin {
  /** The bin holds values in [from, to), the last one also `to`. */
  from: number;
  to: number;
  count: number;
}

/** Rounds `max` up to 1, 2, 2.5 or 5 times a power of ten: an axis top that ticks read well on. */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Five ticks from 0 to `max`. */
export function axisTicks(max: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
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
