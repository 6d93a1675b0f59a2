// textLines: a TextLinesReceiver in TypeScript, Spark's socketTextStream in PySpark and Scala.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { tsLiteral } from "../../../../codegen/internals/tsFunctions";

export const textLinesEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("TextLinesReceiver");
    const lines = h.define("Text", tsLiteral(String(s.params.lines ?? "").split("\n")));
    return `ssc.receiverStream(new TextLinesReceiver({ lines: ${lines}, recordsPerSecond: ${h.lit("rate")} }))`;
  },
  pyspark: (s) => `ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
  scala: (s) => `ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
};
