// print: Spark's print, its lines handed to the sink under this node.
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import { printLines } from "../../../../sinks/print";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compilePrint({ inputs, params, node, sink }: BuildContext): AnyStream {
  const num = Number(params.num);
  return new ForEachDStream(
    inputs[0],
    (rdd, timeMs) => sink.print(node.id, timeMs, printLines(rdd.take(num + 1), num, timeMs)),
    "print",
  );
}
