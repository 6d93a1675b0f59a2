// The registry of per-language emission, for the kinds whose code their `api` shape cannot write in some
// language; the exporters derive the rest from `api`. Code generation only: no engine code.
import type { KindEmitters } from "../../codegen/internals/emit";
import { combineByKeyEmitters } from "./aggregate/combineByKey/emit";
import { countByValueEmitters } from "./aggregate/countByValue/emit";
import { flatMapValuesEmitters } from "./aggregate/flatMapValues/emit";
import { groupByKeyEmitters } from "./aggregate/groupByKey/emit";
import { flatMapEmitters } from "./basic/flatMap/emit";
import { mapEmitters } from "./basic/map/emit";
import { unionEmitters } from "./basic/union/emit";
import { cogroupEmitters } from "./joins/cogroup/emit";
import { foreachRDDEmitters } from "./outputs/foreachRDD/emit";
import { saveAsObjectFilesEmitters } from "./outputs/saveAsObjectFiles/emit";
import { saveToDatabaseEmitters } from "./outputs/saveToDatabase/emit";
import { sendBatchesEmitters } from "./outputs/sendBatches/emit";
import { clickStreamEmitters } from "./sources/clickStream/emit";
import { httpStreamEmitters } from "./sources/httpStream/emit";
import { kafkaDirectStreamEmitters } from "./sources/kafkaDirectStream/emit";
import { kafkaSimulatedEmitters } from "./sources/kafkaSimulated/emit";
import { queueStreamEmitters } from "./sources/queueStream/emit";
import { randomWordsEmitters } from "./sources/randomWords/emit";
import { sensorReadingsEmitters } from "./sources/sensorReadings/emit";
import { socketTextStreamEmitters } from "./sources/socketTextStream/emit";
import { staticTableEmitters } from "./sources/staticTable/emit";
import { stockTickerEmitters } from "./sources/stockTicker/emit";
import { textFileStreamEmitters } from "./sources/textFileStream/emit";
import { textLinesEmitters } from "./sources/textLines/emit";
import type { KindName } from "./specs";
import { mapWithStateEmitters } from "./state/mapWithState/emit";
import { updateStateByKeyEmitters } from "./state/updateStateByKey/emit";
import { persistEmitters } from "./storage/persist/emit";
import { transformEmitters } from "./transform/transform/emit";
import { transformWithEmitters } from "./transform/transformWith/emit";
import { groupByKeyAndWindowEmitters } from "./windows/groupByKeyAndWindow/emit";
import { reduceByKeyAndWindowEmitters } from "./windows/reduceByKeyAndWindow/emit";

export const kindEmitters: Partial<Record<KindName, KindEmitters>> = {
  queueStream: queueStreamEmitters,
  textLines: textLinesEmitters,
  kafkaDirectStream: kafkaDirectStreamEmitters,
  kafkaSimulated: kafkaSimulatedEmitters,
  randomWords: randomWordsEmitters,
  sensorReadings: sensorReadingsEmitters,
  clickStream: clickStreamEmitters,
  stockTicker: stockTickerEmitters,
  staticTable: staticTableEmitters,
  map: mapEmitters,
  flatMap: flatMapEmitters,
  union: unionEmitters,
  countByValue: countByValueEmitters,
  groupByKey: groupByKeyEmitters,
  combineByKey: combineByKeyEmitters,
  flatMapValues: flatMapValuesEmitters,
  transform: transformEmitters,
  transformWith: transformWithEmitters,
  persist: persistEmitters,
  cogroup: cogroupEmitters,
  reduceByKeyAndWindow: reduceByKeyAndWindowEmitters,
  groupByKeyAndWindow: groupByKeyAndWindowEmitters,
  updateStateByKey: updateStateByKeyEmitters,
  mapWithState: mapWithStateEmitters,
  foreachRDD: foreachRDDEmitters,
  saveAsObjectFiles: saveAsObjectFilesEmitters,
  socketTextStream: socketTextStreamEmitters,
  textFileStream: textFileStreamEmitters,
  httpStream: httpStreamEmitters,
  saveToDatabase: saveToDatabaseEmitters,
  sendBatches: sendBatchesEmitters,
};
