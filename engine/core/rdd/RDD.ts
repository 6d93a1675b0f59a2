// Spark's RDD, push-style: a partition is computed by pushing each record into an `emit` function.
// Narrow operators (map, flatMap, filter, mapValues, ...) wrap `emit` instead of building arrays, so a chain
// of them runs as ONE fused pass per partition, as Spark pipelines narrow dependencies within a stage.
// Shuffle operators live in ShuffledRDD/CoGroupedRDD and are attached in pairOps.ts (import cycle); most
// actions are in actions.ts, toDebugString's drawing in lineage.ts.
import { formatRecord } from "../format";
import type { SparkContext } from "../SparkContext";
import { runFused, type Stage } from "./fusion";
import { debugString, MEMORY_ONLY } from "./lineage";

export type Emit<T> = (record: T) => void;
/** Spark's HashPartitioner, the only partitioner an RDD reports here (two are equal when n is). */
export interface Partitioner {
  kind: "hash";
  numPartitions: number;
}
export const samePartitioner = (a?: Partitioner, b?: Partitioner): boolean =>
  a !== undefined && b !== undefined && a.kind === b.kind && a.numPartitions === b.numPartitions;

export interface Dependency {
  rdd: RDD<any>;
  /** A shuffle dependency starts a new stage (drawn with "+-" in toDebugString). */
  shuffle: boolean;
}

export abstract class RDD<T> {
  readonly id: number;
  /** The operation that created it, e.g. "map", shown as Spark's call site. */
  readonly creationSite: string;
  abstract readonly numPartitions: number;
  abstract readonly dependencies: readonly Dependency[];
  private cachedPartitions?: (T[] | undefined)[];
  private partitionCounts?: (number | undefined)[];
  private persisted = false;
  /** Cached partitions an executor loss took (engine/fault): the next read recomputes them from lineage. */
  private lostSplits?: Set<number>;

  constructor(
    readonly sc: SparkContext,
    creationSite: string,
  ) {
    this.id = sc.newRddId();
    this.creationSite = creationSite;
  }

  /** Push partition `split`'s records into `emit`. */
  protected abstract computeInto(split: number, emit: Emit<T>): void;

  /** Spark's class name in lineage output (explicit: bundlers mangle class names). */
  get className(): string {
    return "RDD";
  }

  /** Spark's RDD.partitioner: set by shuffles, kept by operators that do not move keys. */
  get partitioner(): Partitioner | undefined {
    return undefined;
  }

  /** Compute (or read the cached) partition `split`, pushing records into `emit`. */
  iterate(split: number, emit: Emit<T>): void {
    this.sc.assertNotStopped(); // Spark's runJob refuses a stopped context's RDDs
    const recovery = this.sc.recovery;
    if (recovery) recovery.read(this, split, () => this.iterateOnce(split, emit));
    else this.iterateOnce(split, emit);
    this.lostSplits?.delete(split);
    this.sc.onPartitionComputed?.();
  }

  private iterateOnce(split: number, emit: Emit<T>): void {
    if (this.persisted) {
      let cached = this.cachedPartitions![split];
      if (!cached) {
        cached = [];
        const sink = cached;
        this.computeInto(split, (r) => sink.push(r));
        this.cachedPartitions![split] = cached;
        if (this.partitionCounts) this.partitionCounts[split] = cached.length;
      }
      for (let i = 0; i < cached.length; i++) emit(cached[i]);
      return;
    }
    if (this.partitionCounts) {
      let n = 0;
      this.computeInto(split, (r) => {
        n++;
        emit(r);
      });
      this.partitionCounts[split] = n;
      return;
    }
    this.computeInto(split, emit);
  }

  // ---- persistence and metrics ----
  persist(): this {
    if (!this.persisted) {
      this.persisted = true;
      this.cachedPartitions = new Array(this.numPartitions);
    }
    return this;
  }
  cache(): this {
    return this.persist();
  }
  unpersist(): this {
    this.persisted = false;
    this.cachedPartitions = undefined;
    return this;
  }
  get isPersisted(): boolean {
    return this.persisted;
  }
  /** True when partition `split` is in the cache (a read costs nothing upstream). */
  hasCachedPartition(split: number): boolean {
    return this.persisted && this.cachedPartitions?.[split] !== undefined;
  }
  /**
   * An executor loss (engine/fault): the cached copies of these partitions are gone; the next read
   * recomputes them from lineage. Returns the partitions that were cached and are now lost.
   */
  loseCachedPartitions(splits: readonly number[]): number[] {
    const lost: number[] = [];
    for (const split of splits) {
      if (!this.hasCachedPartition(split)) continue;
      this.cachedPartitions![split] = undefined;
      if (this.partitionCounts) this.partitionCounts[split] = undefined;
      (this.lostSplits ??= new Set()).add(split);
      lost.push(split);
    }
    return lost;
  }
  /** Marks partitions whose data an executor loss took (a shuffle's map output): recomputed on the next read. */
  markLost(splits: readonly number[]): void {
    for (const split of splits) (this.lostSplits ??= new Set()).add(split);
  }
  /** True while partition `split` was lost and has not been computed again. */
  isLost(split: number): boolean {
    return this.lostSplits?.has(split) ?? false;
  }
  /** Neither cached nor counted: a fused chain may run through it without materialising it. */
  get isTransparent(): boolean {
    return !this.persisted && this.partitionCounts === undefined;
  }
  /**
   * Count records as partitions are computed, for batch metrics. It costs a call per record and breaks
   * the fused loop's monomorphism, so the engine turns it on only for simulations (see
   * StreamingContextOptions.trackRecordCounts); persisted RDDs know their counts anyway.
   */
  trackRecordCount(): this {
    this.partitionCounts ??= new Array(this.numPartitions);
    return this;
  }
  /** Records per partition as far as computed so far (undefined: not computed yet). */
  knownPartitionCounts(): (number | undefined)[] | undefined {
    if (!this.partitionCounts && !this.cachedPartitions) return undefined;
    return Array.from(
      { length: this.numPartitions },
      (_, i) => this.partitionCounts?.[i] ?? this.cachedPartitions?.[i]?.length,
    );
  }
  /**
   * Total records when known without computing anything more: counted partitions, cached partitions,
   * or a size the RDD knows by itself (parallelized data, a computed shuffle). Else undefined.
   */
  knownCount(): number | undefined {
    const counted = sumIfComplete(this.partitionCounts, this.numPartitions, (c) => c);
    if (counted !== undefined) return counted;
    const cached = sumIfComplete(this.cachedPartitions, this.numPartitions, (p) => p.length);
    return cached ?? this.sizeIfKnown();
  }

  /**
   * True once this RDD's shuffle has been computed (kept, as Spark keeps shuffle files): a later job that
   * needs it skips the stages before it. Shuffled RDDs override it.
   */
  get shuffleOutputReady(): boolean {
    return false;
  }

  /**
   * An executor loss took map outputs of this RDD's shuffle (Spark's FetchFailed): drop the kept shuffle so
   * the next read runs the map side again. True when there was a shuffle output to drop.
   */
  discardShuffleOutput(): boolean {
    return false;
  }

  /** Subclasses that know their size without computing (e.g. parallelized data) override this. */
  protected sizeIfKnown(): number | undefined {
    return undefined;
  }

  // ---- narrow transformations (fused) ----
  /**
   * A narrow child whose per-record function wraps the downstream emit. With a `stage`, chains of such
   * children are compiled into one function (fusion.ts); `wrap` is the equivalent closure fallback.
   */
  pipe<U>(
    op: string,
    wrap: (emit: Emit<U>, split: number) => Emit<T>,
    stage?: Stage,
    preservesPartitioning = false,
  ): RDD<U> {
    return new MapPartitionsRDD<U, T>(
      this,
      op,
      (split, emit) => this.iterate(split, wrap(emit, split)),
      stage,
      preservesPartitioning,
    );
  }
  /** A function returning `[k, v]` gives a pair RDD (a tuple, not `(K | V)[]`). */
  map<K, V>(f: (t: T) => [K, V]): RDD<[K, V]>;
  map<U>(f: (t: T) => U): RDD<U>;
  map<U>(f: (t: T) => U): RDD<U> {
    return this.pipe<U>("map", (emit) => (t) => emit(f(t)), { kind: "map", fn: f });
  }
  flatMap<K, V>(f: (t: T) => Iterable<[K, V]>): RDD<[K, V]>;
  flatMap<U>(f: (t: T) => Iterable<U>): RDD<U>;
  flatMap<U>(f: (t: T) => Iterable<U>): RDD<U> {
    const stage: Stage = { kind: "flatMap", fn: f };
    return this.pipe<U>(
      "flatMap",
      (emit) => (t) => {
        const out = f(t);
        if (Array.isArray(out)) for (let i = 0; i < out.length; i++) emit(out[i]);
        else emitAll(out, emit);
      },
      stage,
    );
  }
  filter(f: (t: T) => boolean): RDD<T> {
    return this.pipe<T>(
      "filter",
      (emit) => (t) => {
        if (f(t)) emit(t);
      },
      { kind: "filter", fn: f },
      true,
    );
  }
  /** f gets the whole partition (as an array) and its index; its result is the new partition. */
  mapPartitionsWithIndex<U>(
    f: (split: number, records: T[]) => Iterable<U>,
    op = "mapPartitionsWithIndex",
  ): RDD<U> {
    return new MapPartitionsRDD<U, T>(this, op, (split, emit) => {
      for (const u of f(split, this.computePartition(split))) emit(u);
    });
  }
  mapPartitions<U>(f: (records: T[]) => Iterable<U>): RDD<U> {
    return this.mapPartitionsWithIndex((_, records) => f(records), "mapPartitions");
  }
  glom(): RDD<T[]> {
    return new MapPartitionsRDD<T[], T>(this, "glom", (split, emit) => emit(this.computePartition(split)));
  }
  keyBy<K>(f: (t: T) => K): RDD<[K, T]> {
    return this.pipe<[K, T]>("keyBy", (emit) => (t) => emit([f(t), t]));
  }

  // ---- actions (more in actions.ts) ----
  computePartition(split: number): T[] {
    const out: T[] = [];
    this.iterate(split, (r) => out.push(r));
    return out;
  }
  getNumPartitions(): number {
    return this.numPartitions;
  }
  getStorageLevel(): string {
    return this.persisted ? MEMORY_ONLY : "None";
  }

  // ---- lineage ----
  toString(): string {
    return `${this.className}[${this.id}] at ${this.creationSite}`;
  }
  /** Spark's RDD.toDebugString (see lineage.ts). */
  toDebugString(): string {
    return debugString(this);
  }
  /** The partitions kept by persist() that have been computed so far (none when not persisted). */
  cachedBlocks(): T[][] {
    return this.persisted ? (this.cachedPartitions?.filter((p) => p !== undefined) ?? []) : [];
  }

  /** Records formatted as Scala prints them (for print and text files). */
  static format(record: unknown): string {
    return formatRecord(record);
  }
}

function emitAll<U>(records: Iterable<U>, emit: Emit<U>): void {
  for (const u of records) emit(u);
}

function sumIfComplete<E>(
  parts: readonly (E | undefined)[] | undefined,
  n: number,
  size: (e: E) => number,
): number | undefined {
  if (!parts) return undefined;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const e = parts[i];
    if (e === undefined) return undefined;
    total += size(e);
  }
  return total;
}

/** The narrow child of one parent: Spark's MapPartitionsRDD. */
export class MapPartitionsRDD<U, T> extends RDD<U> {
  override get className(): string {
    return "MapPartitionsRDD";
  }
  readonly numPartitions: number;
  readonly dependencies: readonly Dependency[];

  constructor(
    readonly parent: RDD<T>,
    op: string,
    private readonly run: (split: number, emit: Emit<U>) => void,
    /** Set for the fusible per-record operators (map, flatMap, filter, mapValues, flatMapValues). */
    readonly stage?: Stage,
    private readonly preservesPartitioning = false,
  ) {
    super(parent.sc, op);
    this.numPartitions = parent.numPartitions;
    this.dependencies = [{ rdd: parent, shuffle: false }];
  }

  override get partitioner(): Partitioner | undefined {
    return this.preservesPartitioning ? this.parent.partitioner : undefined;
  }

  /**
   * The longest chain of fusible stages ending at `rdd`, and the RDD it starts from. `rdd` itself may be
   * cached or counted when it is the one being computed (its own iterate() handles that); stages above it
   * must be transparent. Undefined when `rdd` is not a fusible stage.
   */
  static fusionPlan(rdd: RDD<any>, rddIsComputing: boolean): { stages: Stage[]; base: RDD<any> } | undefined {
    const stages: Stage[] = [];
    let current: RDD<any> = rdd;
    while (
      current instanceof MapPartitionsRDD &&
      current.stage !== undefined &&
      ((rddIsComputing && current === rdd) || current.isTransparent)
    ) {
      stages.unshift(current.stage);
      current = current.parent;
    }
    return stages.length > 0 ? { stages, base: current } : undefined;
  }

  protected computeInto(split: number, emit: Emit<U>): void {
    const plan = this.stage && MapPartitionsRDD.fusionPlan(this, true);
    if (plan && runFused(plan.stages, { kind: "emit", emit }, (fused) => plan.base.iterate(split, fused)))
      return;
    this.run(split, emit);
  }
}
