// Spark's custom Receiver: onStart / onStop / store. Records stored between two batch times form the next
// batch's block (the clock cuts blocks at every batch interval). Simulated sources (the seeded generators)
// implement `generate(fromMs, toMs)`, which the engine calls at each batch time before cutting the block,
// so they produce the records of (fromMs, toMs] on any clock, deterministically.

export abstract class Receiver<T> {
  /** Spark's Receiver.storageLevel: where received blocks are kept (the engine keeps them in memory). */
  storageLevel = "MEMORY_AND_DISK_SER_2";
  #buffer: T[] = [];
  #rate: number | undefined;
  #rateLimit: number | undefined;
  #stopped = true;
  #lastError: { message: string; error?: string; seq: number } | undefined;

  /** @param maxRate records/second upper bound (Spark's spark.streaming.receiver.maxRate), if any. */
  constructor(readonly maxRate?: number) {}

  abstract onStart(): void;
  abstract onStop(): void;

  /** Optional: store the records that arrive in the time interval (fromMs, toMs]. */
  generate?(fromMs: number, toMs: number): void;

  store(record: T): void {
    this.#buffer.push(record);
  }

  storeAll(records: Iterable<T>): void {
    for (const r of records) this.#buffer.push(r);
  }

  /** The source's own rate in records/second (what the app configures on a generator). */
  setRate(recordsPerSecond: number): void {
    this.#rate = Math.max(0, recordsPerSecond);
  }

  getRate(): number | undefined {
    return this.#rate;
  }

  /** The bound published by backpressure (Spark's RateLimiter.updateRate); undefined: no bound. */
  setRateLimit(recordsPerSecond: number | undefined): void {
    this.#rateLimit = recordsPerSecond === undefined ? undefined : Math.max(0, recordsPerSecond);
  }

  getRateLimit(): number | undefined {
    return this.#rateLimit;
  }

  /** min(rate, backpressure limit, maxRate): the records/second a generator actually produces. */
  effectiveRate(): number {
    let r = this.#rate ?? Number.POSITIVE_INFINITY;
    if (this.#rateLimit !== undefined) r = Math.min(r, this.#rateLimit);
    if (this.maxRate !== undefined) r = Math.min(r, this.maxRate);
    return Number.isFinite(r) ? r : 0;
  }

  /**
   * Spark's Receiver.reportError: tells the driver what went wrong, while the receiver keeps running (the
   * Streaming UI's receivers table shows the last one).
   */
  reportError(message: string, error?: unknown): void {
    const seq = (this.#lastError?.seq ?? 0) + 1;
    const detail = error === undefined ? undefined : error instanceof Error ? error.message : String(error);
    this.#lastError = { message, error: detail, seq };
  }

  /** The last error reported, with a sequence number that grows with each report. */
  lastError(): { message: string; error?: string; seq: number } | undefined {
    return this.#lastError;
  }

  isStopped(): boolean {
    return this.#stopped;
  }

  /** @internal */
  startReceiver(): void {
    this.#stopped = false;
    this.onStart();
  }

  /** @internal */
  stopReceiver(): void {
    this.#stopped = true;
    this.onStop();
  }

  /** @internal records stored and not yet cut into a block. */
  pendingRecords(): number {
    return this.#buffer.length;
  }

  /** @internal the block of records stored since the last call. */
  takeBlock(): T[] {
    const block = this.#buffer;
    this.#buffer = [];
    return block;
  }
}
