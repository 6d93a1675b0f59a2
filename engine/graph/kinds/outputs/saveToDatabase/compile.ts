// saveToDatabase: foreachRDD writing each batch's records as one idempotent transaction; the node shows
// the rows written and the latest batch.
import { DatabaseStatus } from "../../../../sinks/db/DatabaseStatus";
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileSaveToDatabase({ inputs, params, database, watchStatus }: BuildContext): AnyStream {
  const db = new DatabaseStatus(database(String(params.file)), String(params.table));
  watchStatus(db);
  return new ForEachDStream(inputs[0], (rdd, timeMs) => db.writeBatch(timeMs, rdd.collect()));
}
