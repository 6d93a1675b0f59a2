// Turns raw frame timestamps and long-task durations into the benchmark's figures. Pure.
export interface PageFigures {
  frames: number[];
  longTasks: number[];
  batches: number;
}

export interface BenchFigures {
  fps: number;
  p95FrameMs: number;
  longestTaskMs: number;
  longTasks: number;
  batches: number;
}

export function summarize(raw: PageFigures): BenchFigures {
  const intervals = raw.frames.slice(1).map((t, i) => t - raw.frames[i]);
  const spanMs = raw.frames.length > 1 ? raw.frames[raw.frames.length - 1] - raw.frames[0] : 0;
  const sorted = intervals.slice().sort((a, b) => a - b);
  return {
    fps: spanMs > 0 ? (intervals.length * 1000) / spanMs : 0,
    p95FrameMs: sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] : 0,
    longestTaskMs: raw.longTasks.length ? Math.max(...raw.longTasks) : 0,
    longTasks: raw.longTasks.length,
    batches: raw.batches,
  };
}
