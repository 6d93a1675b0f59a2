// A structured pipeline as a Scala Structured Streaming program (Spark 3.5, Scala 2.12), the twin of
// the PySpark export: replayed sources (memoryStream, socket lines, the seeded generators, the static
// table) are written as JSON-lines or text files, one per trigger, read with maxFilesPerTrigger 1 and
// Trigger.AvailableNow, so Spark's batches are the studio's triggers, with the same rows. Each query's
// DataFrame is built by its own method (`query_<sink>`), so a harness can run it with another sink.
import { writeStreamScala } from "../../graph/kinds/structured/writeStream/emit";
import type { PipelineDocument } from "../../graph/types";
import type { ExportOptions } from "./emit";
import { identifierOf, scalaString } from "./literals";
import { type QueryLines, queryLines } from "./queryLines";

export type ScalaOptions = ExportOptions;

/** The vals of a query, in dependency order, up to the sink's input; `result` names the last. */
export function scalaQueryLines(doc: PipelineDocument, sinkId: string, opts: ScalaOptions = {}): QueryLines {
  return queryLines(doc, sinkId, "scala", (name, expression) => `val ${name} = ${expression}`, opts);
}

const REPLAY = [
  "  /** Each trigger's rows as one file, in order: read one a trigger (maxFilesPerTrigger 1). */",
  '  def replay(name: String, batches: Seq[Seq[String]], ext: String = "json"): String = {',
  "    val dir = input.resolve(name)",
  "    Files.createDirectories(dir)",
  "    for ((lines, i) <- batches.zipWithIndex) {",
  '      val file = dir.resolve(f"part-$i%05d.$ext")',
  '      Files.write(file, lines.map(_ + "\\n").mkString.getBytes(StandardCharsets.UTF_8))',
  "      file.toFile.setLastModified((1000000L + i) * 1000L)",
  "    }",
  "    dir.toString",
  "  }",
  "",
  '  def replayLines(name: String, batches: Seq[Seq[String]]): String = replay(name, batches, "txt")',
];

/** The object's name: the pipeline's name in UpperCamelCase (a valid Scala identifier). */
export function scalaObjectName(doc: PipelineDocument): string {
  const words = doc.name
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `Pipeline${name}`;
}

const queryMethod = (sinkId: string) => `query_${identifierOf(sinkId)}`;

/** The sinks' node ids, one query each, in document order. */
export const scalaQueries = (doc: PipelineDocument): string[] =>
  doc.nodes.filter((n) => n.kind === "structured.writeStream").map((n) => n.id);

/** A whole program: `object Name { def query_<sink>(spark): DataFrame; def main(args) }`. */
export function scalaProgram(doc: PipelineDocument, opts: ScalaOptions = {}): string {
  const object = scalaObjectName(doc);
  const out = [
    `// ${doc.name}: exported from DStream Studio as a Scala Structured Streaming program (Spark 3.5, Scala 2.12).`,
    "// Run: package it with spark-sql 3.5 (sbt package) and `spark-submit --class " +
      object +
      " --master local[2] app.jar`",
    "// (or a cluster master URL). The studio's input (memory rows, socket lines, seeded generators) is",
    "// written as files, one per trigger, read one a trigger with Trigger.AvailableNow, so each batch is",
    "// the studio's trigger, with the same rows; each query prints its batches as the console sink does.",
    "import java.nio.charset.StandardCharsets",
    "import java.nio.file.{Files, Path}",
    "",
    "import org.apache.spark.sql.{DataFrame, Encoders, SparkSession}",
    "import org.apache.spark.sql.functions._",
    "import org.apache.spark.sql.streaming.{StreamingQuery, Trigger}",
    "",
    `object ${object} {`,
    '  lazy val input: Path = Files.createTempDirectory("studio-input-")',
    "",
    ...REPLAY,
  ];
  const sinks = doc.nodes.filter((n) => n.kind === "structured.writeStream");
  for (const sink of sinks) {
    const { lines, result } = scalaQueryLines(doc, sink.id, opts);
    out.push(
      "",
      `  /** The DataFrame that ${sink.label || sink.id} writes. */`,
      `  def ${queryMethod(sink.id)}(spark: SparkSession): DataFrame = {`,
      ...lines.map((l) => `    ${l}`),
      `    ${result}`,
      "  }",
    );
  }
  out.push(
    "",
    "  def main(args: Array[String]): Unit = {",
    `    val spark = SparkSession.builder.appName(${scalaString(doc.name)}).config("spark.sql.session.timeZone", "UTC").getOrCreate()`,
    "    val queries: Seq[StreamingQuery] = Seq(",
  );
  sinks.forEach((sink, i) => {
    const { lines } = scalaQueryLines(doc, sink.id, opts);
    const start = writeStreamScala(sink, `${queryMethod(sink.id)}(spark)`, lines);
    out.push(`      ${start}${i < sinks.length - 1 ? "," : ""}`);
  });
  out.push("    )", "    queries.foreach(_.awaitTermination())", "  }", "}", "");
  return out.join("\n");
}
