// The fluent DStream API (map, window, reduceByKey, print, ...) in one typed table: every method the
// operator files declare on `FluentMethods` (each beside its DStream class) must have its implementation
// here, or this file does not compile. StreamingContext installs the table on DStream.prototype when a
// context is built, so no operator file is imported for its side effects.
import { DStream, type FluentMethods } from "../core/DStream";
import { foreachRDDMethod } from "../sinks/ForEachDStream";
import { printMethod } from "../sinks/print";
import { saveAsObjectFilesMethod } from "../sinks/saveAsObjectFiles";
import { saveAsTextFilesMethod } from "../sinks/saveAsTextFiles";
import { countByValueMethod, countMethod, reduceMethod, repartitionMethod } from "./derived";
import { filterMethod } from "./FilteredDStream";
import { flatMapMethod } from "./FlatMappedDStream";
import { flatMapValuesMethod } from "./FlatMapValuedDStream";
import { glomMethod } from "./GlommedDStream";
import { joinMethods } from "./joins";
import { mapPartitionsMethod } from "./MapPartitionedDStream";
import { mapMethod } from "./MappedDStream";
import { mapValuesMethod } from "./MapValuedDStream";
import { mapWithStateMethod } from "./MapWithStateDStream";
import { reduceByKeyAndWindowMethod } from "./reduceByKeyAndWindow";
import { combineByKeyMethod, groupByKeyMethod, reduceByKeyMethod } from "./ShuffledDStream";
import { updateStateByKeyMethod } from "./StateDStream";
import { transformMethod, transformWithMethod } from "./TransformedDStream";
import { unionMethod } from "./UnionDStream";
import { windowMethod } from "./WindowedDStream";
import {
  countByValueAndWindowMethod,
  countByWindowMethod,
  groupByKeyAndWindowMethod,
  reduceByWindowMethod,
} from "./windowDerived";

export const fluentMethods = {
  filter: filterMethod,
  flatMapValues: flatMapValuesMethod,
  flatMap: flatMapMethod,
  glom: glomMethod,
  mapPartitions: mapPartitionsMethod,
  mapValues: mapValuesMethod,
  mapWithState: mapWithStateMethod,
  map: mapMethod,
  combineByKey: combineByKeyMethod,
  reduceByKey: reduceByKeyMethod,
  groupByKey: groupByKeyMethod,
  updateStateByKey: updateStateByKeyMethod,
  transform: transformMethod,
  transformWith: transformWithMethod,
  union: unionMethod,
  window: windowMethod,
  count: countMethod,
  countByValue: countByValueMethod,
  reduce: reduceMethod,
  repartition: repartitionMethod,
  reduceByKeyAndWindow: reduceByKeyAndWindowMethod,
  reduceByWindow: reduceByWindowMethod,
  countByWindow: countByWindowMethod,
  countByValueAndWindow: countByValueAndWindowMethod,
  groupByKeyAndWindow: groupByKeyAndWindowMethod,
  foreachRDD: foreachRDDMethod,
  print: printMethod,
  saveAsObjectFiles: saveAsObjectFilesMethod,
  saveAsTextFiles: saveAsTextFilesMethod,
  ...joinMethods,
} satisfies Record<keyof FluentMethods<unknown>, (this: DStream<any>, ...args: any[]) => unknown>;

let installed = false;

/** Puts the fluent methods on DStream.prototype, once (StreamingContext's constructor calls it). */
export function installFluentMethods(): void {
  if (installed) return;
  Object.assign(DStream.prototype, fluentMethods);
  installed = true;
}
