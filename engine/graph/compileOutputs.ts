// Builders of the output nodes. Each is a ForEachDStream with Spark's behaviour that also hands what it
// produced to the sink with its node id, so print lines and files show under the node that made them.
import { formatRecord } from "../core/format";
import { ForEachDStream } from "../sinks/ForEachDStream";
import { printLines } from "../sinks/print";
import { rddToFileName } from "../sinks/saveAsTextFiles";
import type { AnyStream, BuildContext } from "./compileContext";

export const outputBuilders: Record<string, (ctx: BuildContext) => AnyStream> = {
  print: ({ inputs, params, node, sink }) => {
    const num = Number(params.num);
    return new ForEachDStream(
      inputs[0],
      (rdd, timeMs) => sink.print(node.id, timeMs, printLines(rdd.take(num + 1), num, timeMs)),
      "print",
    );
  },
  foreachRDD: ({ inputs, params, node, sink }) => {
    const limit = Number(params.limit);
    return new ForEachDStream(inputs[0], (rdd, timeMs) => {
      const rows = rdd.take(limit + 1);
      sink.records(node.id, timeMs, "foreachRDD", rows.slice(0, limit), rows.length > limit);
    });
  },
  saveAsTextFiles: ({ ssc, inputs, params, node, sink }) => {
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
  },
};

/** Lines of a saved batch handed to the page (the whole file stays in the engine's file system). */
const MAX_FILE_LINES = 1000;
