// Public API of the DStream engine (pure TypeScript: runs in a Web Worker and in Node).
import "./operators/index";

export { DStream, type StorageLevel } from "./core/DStream";
export { DStreamGraph, type Job } from "./core/DStreamGraph";
export { illegalState, requireThat } from "./core/errors";
export { formatRecord } from "./core/format";
export { hashKey, partitionOf } from "./core/hash";
export { Prng } from "./core/prng";
export {
  type Aggregator,
  CoGroupedRDD,
  type Dependency,
  type Emit,
  MapPartitionsRDD,
  ParallelCollectionRDD,
  RDD,
  ShuffledRDD,
  UnionRDD,
} from "./core/rdd/index";
export { SparkContext } from "./core/SparkContext";
export { checkWindowDurations, formatMs, isMultipleOf } from "./core/time";
export type { BatchInfo, StreamingListener } from "./metrics/BatchInfo";
export type { BatchWork, StreamWork } from "./metrics/BatchWork";
export { type Clock, ManualClock, SystemClock } from "./scheduler/clock";
export type { RateEstimator, RateLimited } from "./scheduler/RateController";
export {
  StreamingContext,
  type StreamingContextOptions,
  type StreamingContextState,
} from "./scheduler/StreamingContext";
export { ForEachDStream } from "./sinks/ForEachDStream";
export { type FileSystem, InMemoryFileSystem } from "./sinks/fileSystem";
export {
  type Click,
  type ClickStreamOptions,
  ClickStreamReceiver,
  type GeneratorOptions,
  GeneratorReceiver,
  type RandomWordsOptions,
  RandomWordsReceiver,
  type SensorReading,
  type SensorReadingsOptions,
  SensorReadingsReceiver,
  type TextLinesOptions,
  TextLinesReceiver,
} from "./sources/generators/index";
export { InputDStream } from "./sources/InputDStream";
export { QueueInputDStream } from "./sources/QueueInputDStream";
export { Receiver } from "./sources/Receiver";
export { ReceiverInputDStream } from "./sources/ReceiverInputDStream";
