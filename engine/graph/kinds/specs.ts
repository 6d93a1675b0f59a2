// The registry of node kinds' plain data, in the palette's order. Adding a kind: its folder under
// kinds/<group>/<kind>/ and one line here (plus compilers.ts / emitters.ts when it overrides what its
// `api` derives). `KindName` is the union of every kind's name: the per-kind tables are typed by it.

import { combineByKey } from "./aggregate/combineByKey/spec";
import { count } from "./aggregate/count/spec";
import { countByValue } from "./aggregate/countByValue/spec";
import { flatMapValues } from "./aggregate/flatMapValues/spec";
import { groupByKey } from "./aggregate/groupByKey/spec";
import { mapValues } from "./aggregate/mapValues/spec";
import { reduce } from "./aggregate/reduce/spec";
import { reduceByKey } from "./aggregate/reduceByKey/spec";
import { filter } from "./basic/filter/spec";
import { flatMap } from "./basic/flatMap/spec";
import { glom } from "./basic/glom/spec";
import { map } from "./basic/map/spec";
import { mapPartitions } from "./basic/mapPartitions/spec";
import { repartition } from "./basic/repartition/spec";
import { union } from "./basic/union/spec";
import { cogroup } from "./joins/cogroup/spec";
import { fullOuterJoin } from "./joins/fullOuterJoin/spec";
import { join } from "./joins/join/spec";
import { leftOuterJoin } from "./joins/leftOuterJoin/spec";
import { rightOuterJoin } from "./joins/rightOuterJoin/spec";
import { foreachRDD } from "./outputs/foreachRDD/spec";
import { print } from "./outputs/print/spec";
import { saveAsObjectFiles } from "./outputs/saveAsObjectFiles/spec";
import { saveAsTextFiles } from "./outputs/saveAsTextFiles/spec";
import { saveToDatabase } from "./outputs/saveToDatabase/spec";
import { sendBatches } from "./outputs/sendBatches/spec";
import { clickStream } from "./sources/clickStream/spec";
import { httpStream } from "./sources/httpStream/spec";
import { kafkaDirectStream } from "./sources/kafkaDirectStream/spec";
import { kafkaSimulated } from "./sources/kafkaSimulated/spec";
import { queueStream } from "./sources/queueStream/spec";
import { randomWords } from "./sources/randomWords/spec";
import { sensorReadings } from "./sources/sensorReadings/spec";
import { socketTextStream } from "./sources/socketTextStream/spec";
import { staticTable } from "./sources/staticTable/spec";
import { stockTicker } from "./sources/stockTicker/spec";
import { textFileStream } from "./sources/textFileStream/spec";
import { textLines } from "./sources/textLines/spec";
import { mapWithState } from "./state/mapWithState/spec";
import { updateStateByKey } from "./state/updateStateByKey/spec";
import { cache } from "./storage/cache/spec";
import { checkpoint } from "./storage/checkpoint/spec";
import { persist } from "./storage/persist/spec";
import { transform } from "./transform/transform/spec";
import { transformWith } from "./transform/transformWith/spec";
import { countByValueAndWindow } from "./windows/countByValueAndWindow/spec";
import { countByWindow } from "./windows/countByWindow/spec";
import { groupByKeyAndWindow } from "./windows/groupByKeyAndWindow/spec";
import { reduceByKeyAndWindow } from "./windows/reduceByKeyAndWindow/spec";
import { reduceByWindow } from "./windows/reduceByWindow/spec";
import { window } from "./windows/window/spec";

export const kindSpecs = [
  // sources
  textLines,
  socketTextStream,
  textFileStream,
  httpStream,
  queueStream,
  kafkaDirectStream,
  kafkaSimulated,
  randomWords,
  sensorReadings,
  clickStream,
  stockTicker,
  staticTable,
  // basic
  map,
  flatMap,
  filter,
  glom,
  mapPartitions,
  repartition,
  union,
  // aggregate
  count,
  countByValue,
  reduce,
  reduceByKey,
  groupByKey,
  combineByKey,
  mapValues,
  flatMapValues,
  // transform
  transform,
  transformWith,
  // storage
  cache,
  persist,
  checkpoint,
  // joins
  join,
  leftOuterJoin,
  rightOuterJoin,
  fullOuterJoin,
  cogroup,
  // windows
  window,
  countByWindow,
  reduceByWindow,
  reduceByKeyAndWindow,
  countByValueAndWindow,
  groupByKeyAndWindow,
  // state
  updateStateByKey,
  mapWithState,
  // outputs
  print,
  foreachRDD,
  saveAsTextFiles,
  saveAsObjectFiles,
  saveToDatabase,
  sendBatches,
] as const;

/** Every node kind's name, e.g. "map" | "reduceByKeyAndWindow" | ... */
export type KindName = (typeof kindSpecs)[number]["kind"];
