// saveAsObjectFiles: Spark's layout in the engine's file system, in the engine's object-file form (see
// engine/sinks/saveAsObjectFiles.ts), and the first lines handed to the sink as the batch's file.
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import { objectFileLines } from "../../../../sinks/saveAsObjectFiles";
import { rddToFileName, writePartFiles } from "../../../../sinks/saveAsTextFiles";
import type { AnyStream, BuildContext } from "../../../compileContext";

/** Lines of a saved batch handed to the page (the whole file stays in the engine's file system). */
const MAX_FILE_LINES = 1000;

export function compileSaveAsObjectFiles({ ssc, inputs, params, node, sink }: BuildContext): AnyStream {
  const prefix = String(params.prefix);
  const suffix = typeof params.suffix === "string" && params.suffix !== "" ? params.suffix : undefined;
  return new ForEachDStream(
    inputs[0],
    (rdd, timeMs) => {
      const dir = rddToFileName(prefix, suffix, timeMs);
      const partitions = rdd.collectPartitions().map(objectFileLines);
      writePartFiles(ssc.fileSystem, dir, partitions);
      const shown = partitions.flat().slice(0, MAX_FILE_LINES);
      // The Outputs panel lists files under the sink's "saveAsTextFiles" kind: any batch directory of files.
      const parts = partitions.map((p) => p.length);
      const truncated = shown.length < parts.reduce((a, b) => a + b, 0);
      sink.records(node.id, timeMs, "saveAsTextFiles", shown, truncated, dir, parts);
    },
    "saveAsObjectFiles",
  );
}
