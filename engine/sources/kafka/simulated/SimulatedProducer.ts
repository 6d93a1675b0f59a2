// A seeded producer for a simulated topic: `recordsPerSecond` records spread evenly over time, each with
// a key drawn from `numKeys` keys ("user-0", ...; Zipf-skewed, so a few keys are hot) and a value of
// random words. Records are produced up to a time (the batch time), on the stream's clock.
import { Prng } from "../../../core/prng";
import { vocabularyWord } from "../../generators/RandomWordsReceiver";
import type { SimulatedTopic } from "./SimulatedKafkaCluster";

export interface SimulatedProducerOptions {
  recordsPerSecond: number;
  numKeys?: number;
  wordsPerValue?: number;
  vocabularySize?: number;
  seed?: number;
}

export class SimulatedProducer {
  private readonly prng: Prng;
  private producedUntil = 0;
  private carry = 0;
  private readonly cumulative: number[];

  constructor(
    readonly topic: SimulatedTopic,
    private readonly options: SimulatedProducerOptions,
  ) {
    this.prng = new Prng(options.seed ?? 42);
    const weights = Array.from({ length: Math.max(1, options.numKeys ?? 10) }, (_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    let sum = 0;
    this.cumulative = weights.map((w) => (sum += w / total));
  }

  setRate(recordsPerSecond: number): void {
    this.options.recordsPerSecond = recordsPerSecond;
  }

  /** Produces the records due in (last time, timeMs], timestamped evenly over the interval. */
  produceUntil(timeMs: number): void {
    if (timeMs <= this.producedUntil) return;
    // The fraction of a record not yet due carries over to the next interval, so 2.5 records/s gives
    // 2, 3, 2, 3, ... per second.
    this.carry += (Math.max(0, this.options.recordsPerSecond) * (timeMs - this.producedUntil)) / 1000;
    const n = Math.floor(this.carry + 1e-9);
    this.carry -= n;
    for (let i = 0; i < n; i++) {
      const timestamp = Math.round(this.producedUntil + ((i + 1) * (timeMs - this.producedUntil)) / n);
      this.topic.produce(this.key(), this.value(), timestamp);
    }
    this.producedUntil = timeMs;
  }

  private key(): string {
    const u = this.prng.next();
    const k = this.cumulative.findIndex((c) => u < c);
    return `user-${k < 0 ? this.cumulative.length - 1 : k}`;
  }

  private value(): string {
    const words = this.options.wordsPerValue ?? 3;
    const vocabulary = this.options.vocabularySize ?? 30;
    return Array.from({ length: words }, () => vocabularyWord(this.prng.nextInt(vocabulary))).join(" ");
  }
}
