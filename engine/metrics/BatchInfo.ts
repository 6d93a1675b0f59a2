// Spark's BatchInfo and StreamingListener, times in ms on the context's clock.

export interface BatchInfo {
  batchTime: number;
  /** Input records of this batch, summed over input streams (Spark's numRecords). */
  numRecords: number;
  /** Input records per input stream id. */
  streamIdToNumRecords: Record<number, number>;
  submissionTime: number;
  processingStartTime?: number;
  processingEndTime?: number;
  /** processingStartTime - submissionTime */
  schedulingDelay?: number;
  /** processingEndTime - processingStartTime */
  processingDelay?: number;
  /** processingEndTime - submissionTime */
  totalDelay?: number;
  /** Wall-clock ms the engine really spent generating and running the batch's jobs. */
  measuredComputeMs?: number;
  /** Number of output operations (jobs) run for this batch. */
  numOutputOps: number;
  /** The message of the error that failed the batch, if one did. */
  failureReason?: string;
}

/**
 * Spark's OutputOperationInfo: one output operation (print, foreachRDD, saveAsTextFiles) of a batch, its
 * id being its place among the batch's jobs. The duration is the wall time the engine spent on it (the
 * batch's processing time may be a simulated cluster's).
 */
export interface OutputOperationInfo {
  batchTime: number;
  id: number;
  /** The operation, e.g. "print", "foreachRDD", "saveAsTextFiles". */
  name: string;
  /** The id of the output DStream (ForEachDStream). */
  streamId: number;
  durationMs?: number;
  failureReason?: string;
}

export interface StreamingListener {
  onBatchSubmitted?(info: BatchInfo): void;
  onBatchStarted?(info: BatchInfo): void;
  onBatchCompleted?(info: BatchInfo): void;
  onOutputOperationStarted?(info: OutputOperationInfo): void;
  onOutputOperationCompleted?(info: OutputOperationInfo): void;
}

/**
 * The engine's own hook, not Spark's: called at every batch time once its jobs are generated, including
 * the batches Spark drops for having no jobs (which no StreamingListener sees), with the records every
 * input stream brought in (queueStream's too, which Spark's BatchInfo.numRecords leaves out). The studio
 * charts every batch from it.
 */
export interface BatchGenerated {
  batchTime: number;
  /** 0: Spark drops the batch ("No jobs added for time"); no listener event follows. */
  numOutputOps: number;
  inputRecordsByStream: Record<number, number>;
}
export type BatchGeneratedHook = (batch: BatchGenerated) => void;
