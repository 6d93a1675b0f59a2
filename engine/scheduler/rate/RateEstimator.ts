/** Spark's RateEstimator: how many records per second a stream should ingest, updated after each batch. */
export interface RateEstimator {
  /**
   * @param timeMs the time the batch finished (Spark passes processingEndTime)
   * @param elements records the stream contributed to the batch
   * @param processingDelayMs how long the batch's jobs took
   * @param schedulingDelayMs how long the batch waited in the queue
   * @returns the new rate in records/s, or undefined when no estimate is made (Spark's None)
   */
  compute(
    timeMs: number,
    elements: number,
    processingDelayMs: number,
    schedulingDelayMs: number,
  ): number | undefined;
}
