// Where a timeline's points, ticks and lines go: pure arithmetic, so the SVG component stays a drawing
// and the geometry is tested without a DOM. Points are spread evenly by index, as Spark's Streaming UI
// and a category axis do (batches are evenly spaced in time; a gap would be a batch not yet drawn).
import { timeAxisInterval } from "./axisTicks";
import { niceScale } from "./histogram";

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The x of point `index` of `count`: first at the left edge, last at the right; one alone centred. */
export function xOf(index: number, count: number, box: PlotBox): number {
  if (count <= 1) return box.left + box.width / 2;
  return box.left + (box.width * index) / (count - 1);
}

/** The y of `value` on an axis from 0 (bottom) to `max` (top); values beyond are clamped to the box. */
export function yOf(value: number, max: number, box: PlotBox): number {
  const clamped = Math.max(0, Math.min(value, max));
  return box.top + box.height * (1 - clamped / (max || 1));
}

/** The index of the point nearest the pointer's x. */
export function nearestIndex(x: number, count: number, box: PlotBox): number {
  if (count <= 1) return 0;
  const i = Math.round(((x - box.left) / box.width) * (count - 1));
  return Math.max(0, Math.min(count - 1, i));
}

/** The value axis: a given top and ticks, or nice ones over the data and the reference line. */
export function valueAxis(
  values: readonly number[],
  reference: number | undefined,
  yMax?: number,
  yTicks?: number[],
): { max: number; ticks: number[] } {
  if (yMax !== undefined) return { max: yMax, ticks: yTicks ?? niceScale(yMax).ticks };
  let top = reference ?? 0;
  for (const v of values) if (v > top) top = v;
  return niceScale(top * 1.1);
}

/** The indices that get a time label: every (interval+1)-th point from the first, as many as fit. */
export function timeLabelIndices(count: number, plotWidthPx: number): number[] {
  const step = timeAxisInterval(count, plotWidthPx) + 1;
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(i);
  return out;
}

/**
 * An SVG path through the points whose value is defined; `connectGaps` joins across undefined points
 * (the main line), otherwise a gap starts a new segment (the measured compute, absent on some batches).
 */
export function linePath(
  values: readonly (number | undefined)[],
  max: number,
  box: PlotBox,
  connectGaps: boolean,
): string {
  let d = "";
  let pen = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || !Number.isFinite(v)) {
      if (!connectGaps) pen = false;
      continue;
    }
    const x = xOf(i, values.length, box).toFixed(1);
    const y = yOf(v, max, box).toFixed(1);
    d += `${pen ? "L" : "M"}${x},${y}`;
    pen = true;
  }
  return d;
}
