// saveToDatabase: foreachRDD writing each batch's records as one idempotent transaction.
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileSaveToDatabase({ inputs, params, database }: BuildContext): AnyStream {
  const db = database(String(params.file));
  const table = String(params.table);
  return new ForEachDStream(inputs[0], (rdd, timeMs) => db.writeBatch(table, timeMs, rdd.collect()));
}
