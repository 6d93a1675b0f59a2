// Spark's own rate source: the same call in both languages.
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";

export const rateEmitters: StructuredKindEmitters = inBoth(
  ({ node }) =>
    `spark.readStream.format("rate").option("rowsPerSecond", ${Number(node.params.rowsPerSecond)}).load()`,
);
