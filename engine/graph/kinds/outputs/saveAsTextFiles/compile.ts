// saveAsTextFiles: Spark's layout in the engine's file system, and the first lines handed to the sink.
import { formatRecord } from "../../../../core/format";
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import { rddToFileName, writePartFiles } from "../../../../sinks/saveAsTextFiles";
import type { AnyStream, BuildContext } from "../../../compileContext";

/** Lines of a saved batch handed to the page (the whole file stays in the engine's file system). */
const MAX_FILE_LINES = 1000;

export function compileSaveAsTextFiles({ ssc, inputs, params, node, sink }: BuildContext): AnyStream {
  const prefix = String(params.prefix);
  const suffix = typeof params.suffix === "string" && params.suffix !== "" ? params.suffix : undefined;
  return new ForEachDStream(
    inputs[0],
    (rdd, timeMs) => {
      const dir = rddToFileName(prefix, suffix, timeMs);
      const partitions = rdd.collectPartitions().map((records) => records.map(formatRecord));
      writePartFiles(ssc.fileSystem, dir, partitions);
      const lines = partitions.flat().slice(0, MAX_FILE_LINES);
      const parts = partitions.map((p) => p.length);
      const truncated = lines.length < parts.reduce((a, b) => a + b, 0);
      sink.records(node.id, timeMs, "saveAsTextFiles", lines, truncated, dir, parts);
    },
    "saveAsTextFiles",
  );
}
