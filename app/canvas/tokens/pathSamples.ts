// Points along an edge's path, measured once when the path changes: asking the SVG path for a point every
// frame (getPointAtLength) costs more than moving the token and can force a style/layout pass mid-frame.

/** x,y pairs of `count` + 1 evenly spaced points between two fractions of the path's length. */
export function samplePath(
  pointAt: (length: number) => { x: number; y: number },
  totalLength: number,
  from: number,
  span: number,
  count = 48,
): number[] {
  const out: number[] = [];
  for (let i = 0; i <= count; i++) {
    const p = pointAt(totalLength * (from + (span * i) / count));
    out.push(p.x, p.y);
  }
  return out;
}

/** The point at `progress` (0..1) along the samples, linear between neighbours. */
export function pointAlong(samples: readonly number[], progress: number): { x: number; y: number } {
  const segments = samples.length / 2 - 1;
  if (segments < 1) return { x: samples[0] ?? 0, y: samples[1] ?? 0 };
  const at = Math.max(0, Math.min(1, progress)) * segments;
  const i = Math.min(segments - 1, Math.floor(at));
  const t = at - i;
  return {
    x: samples[2 * i] + (samples[2 * i + 2] - samples[2 * i]) * t,
    y: samples[2 * i + 1] + (samples[2 * i + 3] - samples[2 * i + 1]) * t,
  };
}
