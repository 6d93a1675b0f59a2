// Spark's own file source, read where the path says.
import type { StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { py, scalaString, text } from "../../../../structured/codegen/literals";

const maxFiles = (p: Record<string, unknown>) =>
  p.maxFilesPerTrigger ? `.option("maxFilesPerTrigger", ${Number(p.maxFilesPerTrigger)})` : "";

export const filesEmitters: StructuredKindEmitters = {
  pyspark: ({ node: { params: p } }) =>
    `spark.readStream.schema(${py(text(p.schema))})${maxFiles(p)}.format(${py(p.format)}).load(${py(text(p.path))})`,
  scala: ({ node: { params: p } }) =>
    `spark.readStream.schema(${scalaString(text(p.schema))})${maxFiles(p)}.format(${scalaString(text(p.format))}).load(${scalaString(text(p.path))})`,
};
