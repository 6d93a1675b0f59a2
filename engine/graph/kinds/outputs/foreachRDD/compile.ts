// foreachRDD: every batch's first rows handed to the sink (the app's Outputs table).
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileForeachRDD({ inputs, params, node, sink }: BuildContext): AnyStream {
  const limit = Number(params.limit);
  return new ForEachDStream(inputs[0], (rdd, timeMs) => {
    const rows = rdd.take(limit + 1);
    sink.records(node.id, timeMs, "foreachRDD", rows.slice(0, limit), rows.length > limit);
  });
}
