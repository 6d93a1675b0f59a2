// Spark's WindowedDStream: at every slide time t, the union of the parent's RDDs in (t - window, t].
// It emits only at times on its own slide grid ((t - zeroTime) % slide == 0), and asks its parent to
// remember RDDs for an extra window length so the whole window can still be read.
import { DStream, type SparkStorageLevel } from "../core/DStream";
import type { RDD } from "../core/rdd/index";
import { checkWindowDurations } from "../core/time";
import { type HoldsWindow, lastSlideTime, windowBatchTimes } from "./windowTimes";

export class WindowedDStream<T> extends DStream<T> implements HoldsWindow {
  constructor(
    readonly parent: DStream<T>,
    readonly windowDuration: number,
    private readonly slide: number,
  ) {
    checkWindowDurations(windowDuration, slide, parent.slideDuration);
    super(parent.ssc, "WindowedDStream");
    // The parent's RDDs are read by several windows: keep them instead of recomputing.
    parent.persist();
  }

  get dependencies(): readonly DStream<any>[] {
    return [this.parent];
  }

  get slideDuration(): number {
    return this.slide;
  }

  override get parentRememberDuration(): number | undefined {
    return this.rememberDuration === undefined ? undefined : this.rememberDuration + this.windowDuration;
  }

  /** Persisting a window would copy its parent's data once per window: persist the parent instead. */
  override persist(level?: SparkStorageLevel): this {
    this.parent.persist(level);
    return this;
  }

  compute(timeMs: number): RDD<T> {
    const rdds = this.parent.slice(timeMs - this.windowDuration + this.parent.slideDuration, timeMs);
    return this.ssc.sparkContext.union(rdds);
  }

  windowBatchTimes(timeMs: number): number[] {
    const t = lastSlideTime(this, timeMs);
    if (t === undefined) return [];
    return windowBatchTimes(this.zeroTime!, this.parent.slideDuration, this.windowDuration, t);
  }
}

declare module "../core/DStream" {
  interface FluentMethods<T> {
    /** Spark's window(windowDuration, slideDuration = this.slideDuration), in ms. */
    window(windowMs: number, slideMs?: number): DStream<T>;
  }
}

export function windowMethod<T>(this: DStream<T>, windowMs: number, slideMs?: number): DStream<T> {
  return new WindowedDStream(this, windowMs, slideMs ?? this.slideDuration);
}
