// saveAsTextFiles: Spark's layout in the engine's file system, and the first lines handed to the sink.
import { formatRecord } from "../../../../core/format";
import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import { rddToFileName } from "../../../../sinks/saveAsTextFiles";
import type { AnyStream, BuildContext } from "../../../compileContext";

/** Lines of a saved batch handed to the page (the whole file stays in the engine's file system). */
const MAX_FILE_LINES = 1000;

export function compileSaveAsTextFiles({ ssc, inputs, params, node, sink }: BuildContext): AnyStream {
  const prefix = String(params.prefix);
  const suffix = typeof params.suffix === "string" && params.suffix !== "" ? params.suffix : undefined;
  return new ForEachDStream(
    inputs[0],
    (rdd, timeMs) => {
      // Spark's layout: a directory per batch, a part file per partition, and _SUCCESS.
      const dir = rddToFileName(prefix, suffix, timeMs);
      const lines: string[] = [];
      rdd.collectPartitions().forEach((records, i) => {
        const text = records.map((r) => `${formatRecord(r)}\n`).join("");
        ssc.fileSystem.writeFile(`${dir}/part-${String(i).padStart(5, "0")}`, text);
        for (const r of records) if (lines.length < MAX_FILE_LINES) lines.push(formatRecord(r));
      });
      ssc.fileSystem.writeFile(`${dir}/_SUCCESS`, "");
      sink.records(node.id, timeMs, "saveAsTextFiles", lines, lines.length >= MAX_FILE_LINES, dir);
    },
    "saveAsTextFiles",
  );
}
