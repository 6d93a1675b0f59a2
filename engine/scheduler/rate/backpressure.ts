// Spark's spark.streaming.backpressure.enabled: every receiver input stream gets a PIDRateEstimator (its
// RateController); after each batch the scheduler feeds it the batch's numbers and publishes the new rate
// to the receiver, which then produces at most that many records per second. Unlike Spark it can be
// switched at runtime (the app's toggle); switching off lifts the published bound.
import type { RateEstimator, RateLimited } from "../RateController";
import type { StreamingContext } from "../StreamingContext";
import { type PIDOptions, PIDRateEstimator } from "./PIDRateEstimator";

export interface BackpressureOptions extends PIDOptions {
  /** Spark's spark.streaming.backpressure.initialRate: the bound before the first estimate. */
  initialRate?: number;
}

interface Bounded {
  setRateLimit(recordsPerSecond: number | undefined): void;
}

type RateControlled = RateLimited & { rateEstimator?: RateEstimator; receiver?: Bounded };

const rateControlled = (ssc: StreamingContext): RateControlled[] =>
  ssc.graph.inputStreams.filter((s): s is typeof s & RateControlled => "publishRate" in s);

/** Turn backpressure on or off for every receiver input stream of the context. */
export function setBackpressure(
  ssc: StreamingContext,
  enabled: boolean,
  options: BackpressureOptions = {},
): void {
  for (const stream of rateControlled(ssc)) {
    if (enabled) {
      if (stream.rateEstimator) continue;
      stream.rateEstimator = new PIDRateEstimator(ssc.batchDuration, options);
      if (options.initialRate !== undefined) stream.publishRate(options.initialRate);
    } else {
      stream.rateEstimator = undefined;
      stream.receiver?.setRateLimit(undefined);
    }
  }
}

export function isBackpressureEnabled(ssc: StreamingContext): boolean {
  return rateControlled(ssc).some((s) => s.rateEstimator !== undefined);
}
