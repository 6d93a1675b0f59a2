// Public API of the DStream engine (pure TypeScript: runs in a Web Worker and in Node).

export { DStream, type SparkStorageLevel, type StorageLevel } from "./core/DStream";
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
export {
  type ClusterSpec,
  type CostModelOptions,
  costModel,
  DEFAULT_COSTS,
  type OperatorCost,
  simulatedProcessingTime,
} from "./metrics/costModel";
export { type Holdings, holdings } from "./operators/holdings";
export { InternalMapWithStateDStream, MapWithStateDStream } from "./operators/MapWithStateDStream";
export { ReducedWindowedDStream } from "./operators/ReducedWindowedDStream";
export type { State } from "./operators/State";
export { StateDStream, type UpdateFunc, type UpdateStateOptions } from "./operators/StateDStream";
export { type MappingFunction, StateSpec } from "./operators/StateSpec";
export { WindowedDStream } from "./operators/WindowedDStream";
export { type Clock, ManualClock, SystemClock } from "./scheduler/clock";
export type { RateEstimator, RateLimited } from "./scheduler/RateController";
export {
  type BackpressureOptions,
  isBackpressureEnabled,
  setBackpressure,
} from "./scheduler/rate/backpressure";
export { PID_DEFAULTS, type PIDOptions, PIDRateEstimator } from "./scheduler/rate/PIDRateEstimator";
export {
  StreamingContext,
  type StreamingContextOptions,
  type StreamingContextState,
} from "./scheduler/StreamingContext";
export { type DatabaseWriter, type DbRow, rowsOf } from "./sinks/db/DatabaseSink";
export { ForEachDStream } from "./sinks/ForEachDStream";
export { type FileSystem, InMemoryFileSystem } from "./sinks/fileSystem";
export { HttpSink, type HttpSinkMethod } from "./sinks/net/HttpSink";
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
  type StockTick,
  type StockTickerOptions,
  StockTickerReceiver,
  type TextLinesOptions,
  TextLinesReceiver,
} from "./sources/generators/index";
export { InputDStream } from "./sources/InputDStream";
export * from "./sources/kafka/index";
export * from "./sources/net/index";
export { QueueInputDStream } from "./sources/QueueInputDStream";
export { Receiver } from "./sources/Receiver";
export { ReceiverInputDStream } from "./sources/ReceiverInputDStream";
