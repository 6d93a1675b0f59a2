// The socket's lines replayed as text files, one a trigger (Spark's socket source cannot be replayed).
import { type StructuredKindEmitters, scalaFileBatches } from "../../../../structured/codegen/emit";
import { py, scalaString } from "../../../../structured/codegen/literals";

export const socketEmitters: StructuredKindEmitters = {
  pyspark: ({ node }) =>
    `spark.readStream.option("maxFilesPerTrigger", 1).text(replay_lines(${py(node.id)}, ${py(node.params.lines)}))  # the socket's lines, one file a trigger (a real socket: spark.readStream.format("socket").option("host", "localhost").option("port", 9999).load())`,
  scala: ({ node }) => {
    const lines = (Array.isArray(node.params.lines) ? node.params.lines : []).map((b) =>
      Array.isArray(b) ? b.map(String) : [],
    );
    return `spark.readStream.option("maxFilesPerTrigger", 1).text(replayLines(${scalaString(node.id)}, ${scalaFileBatches(lines)}))`;
  },
};
