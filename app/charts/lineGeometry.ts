// The geometry of a metric chart, computed by us in one pass: a charting library's generic scales, nice
// ticks and store updates cost tens of milliseconds per redraw while a run goes; this costs microseconds.
// Pure: tested without a DOM.

export interface PlotBox {
  width: number;
  height: number;
}

export interface ValueAxis {
  /** The top of the axis (a multiple of the step). */
  max: number;
  ticks: number[];
}

/** A round step (1, 2 or 5 times a power of ten) that splits `range` into about `parts` parts. */
export function niceStep(range: number, parts: number, allowDecimals = false): number {
  const raw = range / Math.max(1, parts);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return allowDecimals ? step : Math.max(1, Math.round(step));
}

/** From 0 to a round value above the data (10 % headroom) and the reference line, about 3 ticks. */
export function valueAxis(values: readonly number[], reference = 0, parts = 3): ValueAxis {
  let top = reference;
  for (const v of values) if (v > top) top = v;
  const wanted = top * 1.1 || 1;
  const step = niceStep(wanted, parts);
  const max = Math.ceil(wanted / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(t);
  return { max, ticks };
}

/** The x pixel of point `i` of `n`, spread over the plot's width (a single point sits in the middle). */
export function xAt(i: number, n: number, width: number): number {
  return n <= 1 ? width / 2 : (i * width) / (n - 1);
}

/** The y pixel of `value` on an axis from 0 (bottom) to `max` (top). */
export function yAt(value: number, max: number, height: number): number {
  return height - (Math.min(value, max) / (max || 1)) * height;
}

/**
 * An SVG path through the defined values; undefined values are skipped and the line joins their
 * neighbours (as recharts' connectNulls did). Empty when no value is defined.
 */
export function linePath(values: readonly (number | undefined)[], max: number, box: PlotBox): string {
  let d = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || Number.isNaN(v)) continue;
    const x = xAt(i, values.length, box.width).toFixed(1);
    const y = yAt(v, max, box.height).toFixed(1);
    d += `${d ? "L" : "M"}${x},${y}`;
  }
  return d;
}

/** Indices of the points that get a time label: every (interval+1)-th point from the first. */
export function labelledIndices(n: number, interval: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += interval + 1) out.push(i);
  return out;
}

/** The point under the pointer at `x` pixels into the plot. */
export function nearestIndex(x: number, n: number, width: number): number {
  if (n <= 1 || width <= 0) return 0;
  return Math.max(0, Math.min(n - 1, Math.round((x / width) * (n - 1))));
}
