// What one batch computed, handed to StreamingContextOptions.processingTimeModel so a simulation can decide
// how long the batch "took" (processingEnd = processingStart + model(work) on the context's clock).

export interface StreamWork {
  /** DStream id (stable within the context). */
  id: number;
  /** Spark's class name, e.g. "ShuffledDStream", "WindowedDStream". */
  name: string;
  /** Ids of the streams this one depends on (its parents in the DStream graph). */
  parentIds: number[];
  /** Partitions of the RDD produced at this batch time. */
  numPartitions: number;
  /** Records read from parent RDDs (sum of their recordsOut), where known. */
  recordsIn?: number;
  /** Records of the RDD produced at this batch time, where it was computed in full. */
  recordsOut?: number;
  /** Records per partition as far as computed (undefined: that partition was not computed this batch). */
  partitionCounts?: (number | undefined)[];
  /** True when producing this RDD involved a shuffle (reduceByKey, joins, repartition, ...). */
  shuffled: boolean;
  /** True for input streams. */
  isInput: boolean;
}

export interface BatchWork {
  batchTime: number;
  batchIntervalMs: number;
  /** Input records of the batch (BatchInfo.numRecords). */
  numInputRecords: number;
  /** Every stream that produced an RDD at this batch time, in id order. */
  streams: StreamWork[];
  /** Wall-clock ms the engine really spent on the batch. */
  measuredComputeMs: number;
}
