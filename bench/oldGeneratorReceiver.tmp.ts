// Base of the seeded demo sources: a Receiver that, for each batch interval (fromMs, toMs], produces
// rate * (toMs - fromMs) / 1000 records (fractions carried over), with arrival times spread evenly over
// the interval. Deterministic: same seed, same rates and intervals => same records.
// setRate(recordsPerSecond) changes the source's rate; backpressure bounds it with setRateLimit.
import { Prng } from "../engine/core/prng";
import { checkBatchSize } from "../engine/sources/batchLimit";
import { Receiver } from "../engine/sources/Receiver";

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
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++)
      out[i] = this.nextRecord(fromMs + Math.floor(((i + 1) * (toMs - fromMs)) / n));
    return out;
  }

  override generate(fromMs: number, toMs: number): void {
    this.storeAll(this.records(fromMs, toMs));
  }
}
