// Window arithmetic shared by WindowedDStream and ReducedWindowedDStream, and what a window node "holds"
// for the app (the parent batch times inside its current window).
//
//   parent batches:   |  b1  |  b2  |  b3  |  b4  |  b5  |        (parent slide p)
//   window at t=b4:          (-------- window ------]             covers (t - window, t]
//   = parent.slice(t - window + p, t), and only times > zeroTime exist (partial windows at the start)
import type { DStream } from "../core/DStream";

/** Parent batch times in the window that ends at `timeMs`: (timeMs - windowMs, timeMs], after zero time. */
export function windowBatchTimes(
  zeroTime: number,
  parentSlideMs: number,
  windowMs: number,
  timeMs: number,
): number[] {
  const times: number[] = [];
  for (let t = timeMs - windowMs + parentSlideMs; t <= timeMs; t += parentSlideMs)
    if (t > zeroTime) times.push(t);
  return times;
}

/** The last time at or before `timeMs` on the stream's slide grid (when it last emitted), or undefined. */
export function lastSlideTime(stream: DStream<any>, timeMs: number): number | undefined {
  if (stream.zeroTime === undefined) return undefined;
  const zero = stream.zeroTime;
  const t = zero + Math.floor((timeMs - zero) / stream.slideDuration) * stream.slideDuration;
  return t > zero ? t : undefined;
}

/** Implemented by window nodes: the parent batch times inside the window current at `timeMs`. */
export interface HoldsWindow {
  windowBatchTimes(timeMs: number): number[];
}
