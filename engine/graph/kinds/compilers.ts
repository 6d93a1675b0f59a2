// The registry of compile steps, for the kinds whose engine call their `api` shape cannot say (sources,
// output operations with the studio's sink, options objects, builder chains, n-ary union). Every other
// kind compiles to `input.<api.method>(args...)` (../compileOperators.ts). Engine code: the worker and
// the CLI import it, never the app.
import type { AnyStream, BuildContext } from "../compileContext";
import { compileUnion } from "./basic/union/compile";
import { compileForeachRDD } from "./outputs/foreachRDD/compile";
import { compilePrint } from "./outputs/print/compile";
import { compileSaveAsObjectFiles } from "./outputs/saveAsObjectFiles/compile";
import { compileSaveAsTextFiles } from "./outputs/saveAsTextFiles/compile";
import { compileSaveToDatabase } from "./outputs/saveToDatabase/compile";
import { compileSendBatches } from "./outputs/sendBatches/compile";
import { compileClickStream } from "./sources/clickStream/compile";
import { compileHttpStream } from "./sources/httpStream/compile";
import { compileKafkaDirectStream } from "./sources/kafkaDirectStream/compile";
import { compileKafkaSimulated } from "./sources/kafkaSimulated/compile";
import { compileQueueStream } from "./sources/queueStream/compile";
import { compileRandomWords } from "./sources/randomWords/compile";
import { compileSensorReadings } from "./sources/sensorReadings/compile";
import { compileSocketTextStream } from "./sources/socketTextStream/compile";
import { compileStaticTable } from "./sources/staticTable/compile";
import { compileStockTicker } from "./sources/stockTicker/compile";
import { compileTextFileStream } from "./sources/textFileStream/compile";
import { compileTextLines } from "./sources/textLines/compile";
import type { KindName } from "./specs";
import { compileMapWithState } from "./state/mapWithState/compile";
import { compileUpdateStateByKey } from "./state/updateStateByKey/compile";
import { compileTransform } from "./transform/transform/compile";
import { compileReduceByKeyAndWindow } from "./windows/reduceByKeyAndWindow/compile";

export type KindCompiler = (ctx: BuildContext) => AnyStream;

export const kindCompilers: Partial<Record<KindName, KindCompiler>> = {
  queueStream: compileQueueStream,
  textLines: compileTextLines,
  kafkaDirectStream: compileKafkaDirectStream,
  kafkaSimulated: compileKafkaSimulated,
  randomWords: compileRandomWords,
  sensorReadings: compileSensorReadings,
  clickStream: compileClickStream,
  stockTicker: compileStockTicker,
  staticTable: compileStaticTable,
  union: compileUnion,
  transform: compileTransform,
  reduceByKeyAndWindow: compileReduceByKeyAndWindow,
  updateStateByKey: compileUpdateStateByKey,
  mapWithState: compileMapWithState,
  print: compilePrint,
  foreachRDD: compileForeachRDD,
  saveAsTextFiles: compileSaveAsTextFiles,
  saveAsObjectFiles: compileSaveAsObjectFiles,
  socketTextStream: compileSocketTextStream,
  textFileStream: compileTextFileStream,
  httpStream: compileHttpStream,
  saveToDatabase: compileSaveToDatabase,
  sendBatches: compileSendBatches,
};
