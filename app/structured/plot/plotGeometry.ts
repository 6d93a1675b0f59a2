// The event-time / processing-time plot's geometry, pure: processing time runs across, event time up.
// Each record is a dot where it arrived; the watermark is a step line (it moves only between triggers);
// each event-time window is a box spanning its event-time range up the plot, from the trigger that first
// held rows in it to the one that closed it, across.
import type { PlotDot, PlotWindow, TriggerPoint } from "../data/structuredRun";

export interface PlotSize {
  width: number;
  height: number;
  /** Room for the axes' labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface Domain {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Scale {
  x: (ms: number) => number;
  y: (ms: number) => number;
  domain: Domain;
}

/** What the plot shows: the newest `spanMs` of processing time, the event times seen within it. */
export function plotDomain(
  dots: readonly PlotDot[],
  windows: readonly PlotWindow[],
  triggers: readonly TriggerPoint[],
  spanMs?: number,
): Domain | undefined {
  let x1 = Number.NEGATIVE_INFINITY;
  for (const d of dots) x1 = Math.max(x1, d.processingTimeMs);
  for (const t of triggers) x1 = Math.max(x1, t.timestampMs);
  if (!Number.isFinite(x1)) return undefined;
  let x0 = Number.POSITIVE_INFINITY;
  for (const d of dots) x0 = Math.min(x0, d.processingTimeMs);
  for (const t of triggers) x0 = Math.min(x0, t.timestampMs);
  if (spanMs !== undefined) x0 = Math.max(x0, x1 - spanMs);
  let y0 = Number.POSITIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const d of dots) {
    if (d.processingTimeMs < x0) continue;
    y0 = Math.min(y0, d.eventTimeMs);
    y1 = Math.max(y1, d.eventTimeMs);
  }
  for (const w of windows) {
    if ((w.closedAtMs ?? x1) < x0) continue;
    y0 = Math.min(y0, w.startMs);
    y1 = Math.max(y1, w.endMs);
  }
  if (!Number.isFinite(y0)) {
    y0 = x0;
    y1 = x1;
  }
  // A single instant still gets an axis of some width.
  if (x1 - x0 < 1) x0 = x1 - 1000;
  if (y1 - y0 < 1) y0 = y1 - 1000;
  const pad = (y1 - y0) * 0.05;
  return { x0, x1, y0: y0 - pad, y1: y1 + pad };
}

export function scaleFor(domain: Domain, size: PlotSize): Scale {
  const innerW = Math.max(1, size.width - size.left - size.right);
  const innerH = Math.max(1, size.height - size.top - size.bottom);
  const kx = innerW / (domain.x1 - domain.x0);
  const ky = innerH / (domain.y1 - domain.y0);
  return {
    x: (ms) => size.left + (ms - domain.x0) * kx,
    y: (ms) => size.top + innerH - (ms - domain.y0) * ky,
    domain,
  };
}

/**
 * The dots of one status as one SVG path of small circles: one element, however many dots, so a redraw costs one
 * attribute write. Dots outside the domain are left out.
 */
export function dotsPath(
  dots: readonly PlotDot[],
  scale: Scale,
  status: PlotDot["status"] = "onTime",
  r = 2.5,
): string {
  const parts: string[] = [];
  const { x0, x1 } = scale.domain;
  for (const d of dots) {
    if (d.status !== status || d.processingTimeMs < x0 || d.processingTimeMs > x1) continue;
    const x = scale.x(d.processingTimeMs);
    const y = scale.y(d.eventTimeMs);
    parts.push(
      `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
    );
  }
  return parts.join("");
}

/**
 * The watermark as Spark moves it: computed at the end of a trigger, in force for the rows the next one
 * reads. A step line: over the rows each trigger read (from the previous trigger's time to its own), at
 * the watermark in force while it ran, so a dropped row's dot lies under the line it was judged by.
 */
export function watermarkPath(triggers: readonly TriggerPoint[], scale: Scale): string {
  const { x0, x1, y0 } = scale.domain;
  const clampY = (ms: number) => scale.y(Math.max(ms, y0));
  let path = "";
  triggers.forEach((t, i) => {
    if (t.watermarkMs === undefined || t.watermarkMs <= 0) return;
    const from = Math.max(triggers[i - 1]?.timestampMs ?? x0, x0);
    const to = Math.min(t.timestampMs, x1);
    if (to < x0 || from > x1 || to <= from) return;
    const y = clampY(t.watermarkMs).toFixed(1);
    path += `${path === "" ? "M" : "L"}${scale.x(from).toFixed(1)} ${y}L${scale.x(to).toFixed(1)} ${y}`;
  });
  return path;
}

export interface WindowBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0..1: how full the window is against the fullest one shown. */
  fill: number;
  closed: boolean;
  rows: number;
  startMs: number;
  endMs: number;
}

export function windowBoxes(windows: readonly PlotWindow[], scale: Scale): WindowBox[] {
  const { x0, x1 } = scale.domain;
  const shown = windows.filter((w) => (w.closedAtMs ?? x1) >= x0);
  const most = Math.max(1, ...shown.map((w) => w.rows));
  return shown.map((w) => {
    const left = scale.x(Math.max(w.openedAtMs, x0));
    const right = scale.x(Math.min(w.closedAtMs ?? x1, x1));
    const top = scale.y(w.endMs);
    return {
      key: `${w.startMs}:${w.endMs}`,
      x: left,
      y: top,
      width: Math.max(3, right - left),
      height: Math.max(1, scale.y(w.startMs) - top),
      fill: w.rows / most,
      closed: w.closed,
      rows: w.rows,
      startMs: w.startMs,
      endMs: w.endMs,
    };
  });
}

/** About `count` round tick values across [from, to] (1, 2, 5 times a power of ten, or whole minutes). */
export function timeTicks(from: number, to: number, count = 5): number[] {
  const span = to - from;
  if (!(span > 0)) return [];
  const raw = span / count;
  const steps = [100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000];
  const step = steps.find((s) => s >= raw) ?? Math.ceil(raw / 600_000) * 600_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
