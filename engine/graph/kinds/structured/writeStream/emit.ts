// writeStream...start() in PySpark and Scala: the sink's output mode, format and trigger on the query's
// DataFrame. A query whose sources are replayed files runs with Trigger.AvailableNow (one micro-batch a
// file, then it ends), whatever trigger the studio ran it with.

import { py, scalaString, text } from "../../../../structured/codegen/literals";
import type { PipelineNode } from "../../../types";

type Trigger = "continuous" | "once" | "availableNow" | "processingTime";

/** The trigger the export starts the query with, its source variables' lines given. */
function triggerOf(sink: PipelineNode, lines: string[]): Trigger {
  const p = sink.params;
  const replayed = !/format\("rate"\)|\.load\(/.test(lines.join("\n"));
  if (p.trigger === "continuous" || p.trigger === "once") return p.trigger;
  return replayed || p.trigger === "availableNow" ? "availableNow" : "processingTime";
}

/** `(df.writeStream....start())`, the query's DataFrame `df` built by `lines`. */
export function writeStreamPySpark(sink: PipelineNode, df: string, lines: string[]): string {
  const p = sink.params;
  const interval = py(text(p.interval));
  const trigger = {
    continuous: `continuous=${interval}`,
    once: "once=True",
    availableNow: "availableNow=True",
    processingTime: `processingTime=${interval}`,
  }[triggerOf(sink, lines)];
  return (
    `(${df}.writeStream.outputMode(${py(p.outputMode)}).format(${py(p.format)})` +
    (p.format === "console"
      ? `.option("numRows", ${Number(p.numRows)}).option("truncate", ${p.truncate === false ? "False" : "True"})`
      : "") +
    (text(p.queryName).trim() ? `.queryName(${py(text(p.queryName).trim())})` : "") +
    `.trigger(${trigger}).start())`
  );
}

/** `df.writeStream....start()`, the query's DataFrame `df` built by `lines`. */
export function writeStreamScala(sink: PipelineNode, df: string, lines: string[]): string {
  const p = sink.params;
  const interval = scalaString(text(p.interval));
  const trigger = {
    continuous: `Trigger.Continuous(${interval})`,
    once: "Trigger.Once()",
    availableNow: "Trigger.AvailableNow()",
    processingTime: `Trigger.ProcessingTime(${interval})`,
  }[triggerOf(sink, lines)];
  const format = text(p.format) || "console";
  return (
    `${df}.writeStream.outputMode(${scalaString(text(p.outputMode))}).format(${scalaString(format)})` +
    (format === "console"
      ? `.option("numRows", ${Number(p.numRows) || 20}).option("truncate", ${p.truncate === false ? "false" : "true"})`
      : "") +
    (text(p.queryName).trim() ? `.queryName(${scalaString(text(p.queryName).trim())})` : "") +
    `.trigger(${trigger}).start()`
  );
}
