// textFileStream in each language: Spark's own call. The studio's drop folder stands for the directory.
import type { KindEmitters } from "../../../../codegen/internals/emit";

const NOTE = "In the studio, files dropped on this node stood for new files in this directory.";

export const textFileStreamEmitters: KindEmitters = {
  typescript: (_s, h) => `ssc.textFileStream(${h.lit("directory")})`,
  pyspark: (_s, h) => {
    h.note(NOTE);
    return `ssc.textFileStream(${h.lit("directory")})`;
  },
  scala: (_s, h) => {
    h.note(NOTE);
    return `ssc.textFileStream(${h.lit("directory")})`;
  },
};
