// Base of the seeded demo sources: a Receiver that, for each batch interval (fromMs, toMs], produces
// rate * (toMs - fromMs) / 1000 records (fractions carried over), with arrival times spread evenly over
// the interval. Deterministic: same seed, same rates and intervals => same records.
// setRate(recordsPerSecond) changes the source's rate; backpressure bounds it with setRateLimit.
import { Prng } from "../../core/prng";
import { checkBatchSize } from "../batchLimit";
import { Receiver } from "../Receiver";

export interface GeneratorOptions {
  seed?: number;
  /** Records per second (default 10). */
  recordsPerSecond?: number;
  /** Upper bound on the rate (Spark's spark.streaming.receiver.maxRate). */
  maxRate?: number;
}

export abstract class GeneratorReceiver<T> extends Receiver<T> {
  protected readonly prng: Prng;
  private carry = 0;

  constructor(options: GeneratorOptions) {
    super(options.maxRate);
    this.prng = new Prng(options.seed ?? 42);
    this.setRate(options.recordsPerSecond ?? 10);
  }

  onStart(): void {}
  onStop(): void {}

  /** The record arriving at `arrivalMs` (the generator's next random draw). */
  protected abstract nextRecord(arrivalMs: number): T;

  /**
   * The next `n` records, arriving evenly over (fromMs, fromMs + spanMs]: record i at
   * fromMs + floor((i + 1) * spanMs / n). Each generator has its own copy of this loop (arrivals()
   * below gives the times) because a loop shared here would call nextRecord of every generator class a
   * process uses, and a call site that sees several classes is not inlined: generating is then several
   * times slower.
   */
  protected abstract fill(n: number, fromMs: number, spanMs: number): T[];

  /** What one record costs against the per-batch limit (a line of many words costs its words). */
  protected valuesPerRecord(): number {
    return 1;
  }

  /** The records of (fromMs, toMs], without storing them (used by generate and by benchmarks). */
  records(fromMs: number, toMs: number): T[] {
    const exact = (this.effectiveRate() * (toMs - fromMs)) / 1000 + this.carry;
    const n = Math.floor(exact + 1e-9);
    checkBatchSize(n, this.valuesPerRecord());
    this.carry = Math.max(0, exact - n);
    return this.fill(n, fromMs, toMs - fromMs);
  }

  override generate(fromMs: number, toMs: number): void {
    this.storeAll(this.records(fromMs, toMs));
  }
}
