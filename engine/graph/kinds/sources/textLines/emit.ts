// textLines: a TextLinesReceiver in TypeScript; in PySpark and Scala its exact port, the same lines at the
// same rate queued one RDD per batch (the exported file names socketTextStream for real input).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { tsLiteral } from "../../../../codegen/internals/tsFunctions";

export const textLinesEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("TextLinesReceiver");
    const lines = h.define("Text", tsLiteral(String(s.params.lines ?? "").split("\n")));
    return `ssc.receiverStream(new TextLinesReceiver({ lines: ${lines}, recordsPerSecond: ${h.lit("rate")} }))`;
  },
  pyspark: (_s, h) => h.generator("textLines"),
  scala: (_s, h) => h.generator("textLines"),
};
