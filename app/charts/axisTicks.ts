// How many batch-time labels fit under a chart: the charts shrink to fit five in a row on a 1024 px
// window, and labels closer than this run into each other.
const MIN_LABEL_SPACING_PX = 52;
const MAX_LABELS = 4;

/** Recharts' `interval` for the time axis: show every (n+1)-th point so the labels fit `plotWidthPx`. */
export function timeAxisInterval(points: number, plotWidthPx: number): number {
  const fit = plotWidthPx > 0 ? Math.floor(plotWidthPx / MIN_LABEL_SPACING_PX) : MAX_LABELS;
  const labels = Math.min(MAX_LABELS, Math.max(2, fit));
  return Math.max(0, Math.ceil(points / labels) - 1);
}
