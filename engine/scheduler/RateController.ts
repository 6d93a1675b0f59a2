// Spark's backpressure hook: after each batch, a RateEstimator turns the batch's numbers into a new
// records/second bound that is published to the input stream's receiver (Spark's RateController +
// ReceiverRateController.publish). Estimators (e.g. PID) are plugged in per receiver input stream.

export interface RateEstimator {
  /**
   * Spark's RateEstimator.compute: the new rate (records/s) or undefined to keep the current one.
   * @param timeMs the batch's processing end time
   * @param elements input records of that stream in the batch
   * @param processingDelay ms
   * @param schedulingDelay ms
   */
  compute(
    timeMs: number,
    elements: number,
    processingDelay: number,
    schedulingDelay: number,
  ): number | undefined;
}

/** What a rate is published to: a receiver input stream (it forwards to its Receiver.setRate). */
export interface RateLimited {
  readonly id: number;
  rateEstimator?: RateEstimator;
  publishRate(recordsPerSecond: number): void;
}
