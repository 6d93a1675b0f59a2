// Spark's DStream base class. A subclass provides `dependencies`, `slideDuration` and `compute(timeMs)`;
// this class memoises one RDD per valid batch time (getOrCompute), forgets RDDs older than the remember
// duration, and runs Spark's start-time validation. Fluent operators (map, window, ...) are declared on
// `FluentMethods` below by the files in engine/operators/ and implemented in engine/operators/fluent.ts,
// a typed table StreamingContext installs (not here, to avoid import cycles).
import type { StreamingContext } from "../scheduler/StreamingContext";
import { illegalState, requireThat } from "./errors";
import type { RDD } from "./rdd/index";
import { formatMs, isMultipleOf } from "./time";

export type StorageLevel = "NONE" | "MEMORY_ONLY";
/** Spark's StorageLevel names for DStream.persist(level); the simulation keeps every level in memory. */
export type SparkStorageLevel =
  | "MEMORY_ONLY"
  | "MEMORY_ONLY_SER"
  | "MEMORY_ONLY_2"
  | "MEMORY_ONLY_SER_2"
  | "MEMORY_AND_DISK"
  | "MEMORY_AND_DISK_SER"
  | "MEMORY_AND_DISK_2"
  | "MEMORY_AND_DISK_SER_2"
  | "DISK_ONLY"
  | "DISK_ONLY_2"
  | "OFF_HEAP";
const CHECKPOINT_DEFAULT_MS = 10_000;

/**
 * The fluent operators (map, window, reduceByKey, print, ...): each operator file declares its methods
 * here (`declare module ... interface FluentMethods<T>`), engine/operators/fluent.ts must implement every
 * one of them (a missing one is a type error there), and StreamingContext installs them.
 */
// biome-ignore lint/correctness/noUnusedVariables: T is the stream's record type the declarations use
// biome-ignore lint/suspicious/noEmptyInterface: the operator files' declarations fill it in
export interface FluentMethods<T> {}

// A DStream has every fluent method: the class's own members plus FluentMethods.
export interface DStream<T> extends FluentMethods<T> {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: fluent.ts implements every FluentMethods member
export abstract class DStream<T> {
  /** Stable numeric id, unique within its StreamingContext, in creation order. */
  readonly id: number;
  /** RDDs generated per batch time, kept for the remember duration. */
  protected readonly generatedRDDs = new Map<number, RDD<T>>();
  zeroTime?: number;
  rememberDuration?: number;
  checkpointDuration?: number;
  storageLevel: StorageLevel = "NONE";
  /** The Spark level persist() was given (Spark's default MEMORY_ONLY_SER); undefined until persisted. */
  sparkStorageLevel?: SparkStorageLevel;
  /** Set by stateful and inverse-window operators: start() then needs ssc.checkpoint(dir). */
  mustCheckpoint = false;

  /**
   * @param name Spark's class name, e.g. "MappedDStream" (explicit because bundlers mangle class names).
   */
  constructor(
    readonly ssc: StreamingContext,
    readonly name: string,
  ) {
    DStream.validateAtInit(ssc);
    this.id = ssc.newStreamId();
  }

  abstract get dependencies(): readonly DStream<any>[];
  /** Time between two RDDs of this stream (the batch interval for plain streams). */
  abstract get slideDuration(): number;
  /** The RDD for a valid batch time, or undefined when this stream has none at that time. */
  abstract compute(timeMs: number): RDD<T> | undefined;

  /** How long parents must keep their RDDs; windows raise it by their window length. */
  get parentRememberDuration(): number | undefined {
    return this.rememberDuration;
  }

  get context(): StreamingContext {
    return this.ssc;
  }

  get isInitialized(): boolean {
    return this.zeroTime !== undefined;
  }

  toString(): string {
    return `${this.name}@${this.id}`;
  }

  private static validateAtInit(ssc: StreamingContext): void {
    const state = ssc.getState();
    if (state === "ACTIVE") {
      throw illegalState(
        "Adding new inputs, transformations, and output operations after starting a context is not supported",
      );
    }
    if (state === "STOPPED") {
      throw illegalState(
        "Adding new inputs, transformations, and output operations after stopping a context is not supported",
      );
    }
  }

  // ---- lifecycle (called by DStreamGraph.start) ----
  initialize(timeMs: number): void {
    if (this.zeroTime !== undefined && this.zeroTime !== timeMs) {
      throw new Error(
        `ZeroTime is already initialized to ${formatMs(this.zeroTime)}, cannot initialize it again to ${formatMs(timeMs)}`,
      );
    }
    this.zeroTime = timeMs;
    if (this.mustCheckpoint && this.checkpointDuration === undefined) {
      this.checkpointDuration = this.slideDuration * Math.ceil(CHECKPOINT_DEFAULT_MS / this.slideDuration);
    }
    let minRemember = this.slideDuration;
    if (this.checkpointDuration !== undefined && minRemember <= this.checkpointDuration) {
      minRemember = this.checkpointDuration * 2;
    }
    if (this.rememberDuration === undefined || this.rememberDuration < minRemember) {
      this.rememberDuration = minRemember;
    }
    for (const dep of this.dependencies) dep.initialize(timeMs);
  }

  /** Keep generated RDDs at least this long (ms); propagates to parents with parentRememberDuration. */
  remember(durationMs: number | undefined): void {
    if (
      durationMs !== undefined &&
      (this.rememberDuration === undefined || durationMs > this.rememberDuration)
    ) {
      this.rememberDuration = durationMs;
    }
    for (const dep of this.dependencies) dep.remember(this.parentRememberDuration);
  }

  /** Spark's DStream.validateAtStart, with Spark's messages. */
  validateAtStart(): void {
    const name = this.name;
    const cp = this.checkpointDuration;
    requireThat(this.rememberDuration !== undefined, "Remember duration is set to null");
    requireThat(
      !this.mustCheckpoint || cp !== undefined,
      `The checkpoint interval for ${name} has not been set. Please use DStream.checkpoint() to set the interval.`,
    );
    requireThat(
      cp === undefined || this.ssc.sparkContext.checkpointDir !== undefined,
      "The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
    if (cp !== undefined) {
      const slide = formatMs(this.slideDuration);
      requireThat(
        cp >= this.slideDuration,
        `The checkpoint interval for ${name} has been set to ${formatMs(cp)} which is lower than its slide time (${slide}). Please set it to at least ${slide}.`,
      );
      requireThat(
        isMultipleOf(cp, this.slideDuration),
        `The checkpoint interval for ${name} has been set to  ${formatMs(cp)} which not a multiple of its slide time (${slide}). Please set it to a multiple of ${slide}.`,
      );
      requireThat(
        this.storageLevel !== "NONE",
        `${name} has been marked for checkpointing but the storage level has not been set to enable persisting. Please use DStream.persist() to set the storage level to use memory for better checkpointing performance.`,
      );
      requireThat(
        this.rememberDuration! > cp,
        `The remember duration for ${name} has been set to ${formatMs(this.rememberDuration!)} which is not more than the checkpoint interval (${formatMs(cp)}). Please set it to higher than ${formatMs(cp)}.`,
      );
    }
    for (const dep of this.dependencies) dep.validateAtStart();
  }

  // ---- per-batch RDDs ----
  /** Spark's isTimeValid: after zero time and on this stream's slide grid. */
  isTimeValid(timeMs: number): boolean {
    if (this.zeroTime === undefined) throw new Error(`${this} has not been initialized`);
    return timeMs > this.zeroTime && isMultipleOf(timeMs - this.zeroTime, this.slideDuration);
  }

  /** The memoised RDD for a batch time: computed once per time, undefined off this stream's slide grid. */
  getOrCompute(timeMs: number): RDD<T> | undefined {
    const existing = this.generatedRDDs.get(timeMs);
    if (existing !== undefined) return existing;
    if (!this.isTimeValid(timeMs)) return undefined;
    const rdd = this.compute(timeMs);
    if (rdd === undefined) return undefined;
    if (this.storageLevel !== "NONE") rdd.persist();
    if (
      this.checkpointDuration !== undefined &&
      isMultipleOf(timeMs - this.zeroTime!, this.checkpointDuration)
    ) {
      rdd.persist(); // checkpointing keeps the RDD's data; lineage is short-lived here anyway
    }
    if (this.ssc.trackRecordCounts) rdd.trackRecordCount();
    this.generatedRDDs.set(timeMs, rdd);
    return rdd;
  }

  /** The RDD this stream produced at a batch time, without computing one (undefined: none, or forgotten). */
  getGeneratedRDD(timeMs: number): RDD<T> | undefined {
    return this.generatedRDDs.get(timeMs);
  }

  /** Batch times whose RDDs are still remembered, ascending. */
  generatedTimes(): number[] {
    return [...this.generatedRDDs.keys()].sort((a, b) => a - b);
  }

  /** Forget RDDs older than the remember duration (Spark's clearMetadata), then the parents'. */
  clearMetadata(timeMs: number): void {
    const limit = timeMs - (this.rememberDuration ?? 0);
    for (const [t, rdd] of this.generatedRDDs) {
      if (t <= limit) {
        this.generatedRDDs.delete(t);
        rdd.unpersist();
      }
    }
    for (const dep of this.dependencies) dep.clearMetadata(timeMs);
  }

  /** Spark's slice: the RDDs of every slide time in [fromMs, toMs], both aligned down to the slide grid. */
  slice(fromMs: number, toMs: number): RDD<T>[] {
    if (this.zeroTime === undefined) throw new Error(`${this} has not been initialized`);
    const zero = this.zeroTime;
    const slide = this.slideDuration;
    const align = (t: number) => Math.trunc((t - zero) / slide) * slide + zero;
    const out: RDD<T>[] = [];
    for (let t = align(fromMs); t <= align(toMs); t += slide) {
      if (t >= zero) {
        const rdd = this.getOrCompute(t);
        if (rdd) out.push(rdd);
      }
    }
    return out;
  }

  // ---- storage ----
  /** Keep each generated RDD's data in memory once computed (Spark's persist / cache). */
  persist(level: SparkStorageLevel = "MEMORY_ONLY_SER"): this {
    if (this.isInitialized) {
      throw new Error("Cannot change storage level of a DStream after streaming context has started");
    }
    this.storageLevel = "MEMORY_ONLY";
    this.sparkStorageLevel = level;
    return this;
  }

  cache(): this {
    return this.persist();
  }

  /** Spark's DStream.checkpoint(interval): persist, and checkpoint RDDs every `intervalMs`. */
  checkpoint(intervalMs: number): this {
    if (this.isInitialized) {
      throw new Error("Cannot change checkpoint interval of a DStream after streaming context has started");
    }
    this.persist();
    this.checkpointDuration = intervalMs;
    return this;
  }

  /** Every stream this one depends on, transitively, including itself (depth first, parents first). */
  lineage(): DStream<any>[] {
    const seen = new Set<DStream<any>>();
    const visit = (s: DStream<any>) => {
      if (seen.has(s)) return;
      for (const d of s.dependencies) visit(d);
      seen.add(s);
    };
    visit(this);
    return [...seen];
  }
}
