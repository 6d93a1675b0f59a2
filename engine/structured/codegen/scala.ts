// A structured pipeline as a Scala Structured Streaming program (Spark 3.5, Scala 2.12), the twin of
// the PySpark export: replayed sources (memoryStream, socket lines, the seeded generators, the static
// table) are written as JSON-lines or text files, one per trigger, read with maxFilesPerTrigger 1 and
// Trigger.AvailableNow, so Spark's batches are the studio's triggers, with the same rows. Each query's
// DataFrame is built by its own method (`query_<sink>`), so a harness can run it with another sink.
import { buildTopology } from "../../graph/topology";
import type { PipelineDocument, PipelineNode } from "../../graph/types";
import { typedRow } from "../plan/sources";
import { type Field, parseSchema } from "../sql/ddl";
import { autoName } from "../sql/names";
import { parseExpression, parseExpressionList } from "../sql/parse";
import { toSql } from "../sql/toSql";
import { generatedTriggers } from "./replay";

/** A Scala string literal. JSON's escapes are Scala's, except \u escapes, which Scala 2.12 decodes
 *  before lexing (a quote written as \u0022 would end the string): those are written as \\u with the
 *  code point's own character instead. */
export function scalaString(s: string): string {
  return JSON.stringify(s).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => {
    const c = Number.parseInt(hex, 16);
    return `" + ${c}.toChar + "`;
  });
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const isoOf = (v: unknown) => (typeof v === "number" ? new Date(v).toISOString() : v);
const seq = (xs: string[]) => `Seq(${xs.join(", ")})`;
const scalaName = (id: string) => id.replace(/[^A-Za-z0-9_]/g, "_");

/** Rows as JSON lines by column name, timestamps in ISO-8601 (what Spark's JSON reader parses). */
function jsonLines(rows: unknown[][], fields: Field[]): string[] {
  return rows.map((r) =>
    JSON.stringify(
      Object.fromEntries(fields.map((f, i) => [f.name, f.type === "timestamp" ? isoOf(r[i]) : r[i]])),
    ),
  );
}

const fieldsOf = (schema: unknown): Field[] => {
  const r = parseSchema(schema);
  return r.ok ? r.fields : [];
};

/** The triggers' files as Scala: Seq(Seq("line", ...), ...). */
const fileBatches = (batches: string[][]) => seq(batches.map((b) => seq(b.map(scalaString))));

export interface ScalaOptions {
  /** Triggers of generated data to replay (seeded generators). */
  triggers?: number;
}

/** The expression building one node's DataFrame, its inputs already bound to their vals. */
export function scalaNode(
  node: PipelineNode,
  inputs: string[],
  doc: PipelineDocument,
  opts: ScalaOptions = {},
): string {
  const p = node.params;
  const v = inputs[0];
  const json = (schema: string, batches: string[][]) =>
    `spark.readStream.schema(${scalaString(schema)}).option("maxFilesPerTrigger", 1).json(replay(${scalaString(node.id)}, ${fileBatches(batches)}))`;
  switch (node.kind) {
    case "structured.memoryStream": {
      const fields = fieldsOf(p.schema);
      const batches = (Array.isArray(p.batches) ? p.batches : [])
        .filter((b): b is unknown[] => Array.isArray(b))
        .map((b) =>
          jsonLines(
            b.map((r) => typedRow(r, fields)),
            fields,
          ),
        );
      return json(text(p.schema), batches);
    }
    case "structured.socket": {
      const lines = (Array.isArray(p.lines) ? p.lines : []).map((b) =>
        Array.isArray(b) ? b.map(String) : [],
      );
      return `spark.readStream.option("maxFilesPerTrigger", 1).text(replayLines(${scalaString(node.id)}, ${fileBatches(lines)}))`;
    }
    case "structured.sensorReadings":
    case "structured.clickStream": {
      const { schema, batches } = generatedTriggers(node, doc, opts.triggers ?? 10);
      const fields = fieldsOf(schema);
      return json(
        schema,
        batches.map((b) => jsonLines(b, fields)),
      );
    }
    case "structured.rate":
      return `spark.readStream.format("rate").option("rowsPerSecond", ${Number(p.rowsPerSecond)}).load()`;
    case "structured.files":
      return `spark.readStream.schema(${scalaString(text(p.schema))})${p.maxFilesPerTrigger ? `.option("maxFilesPerTrigger", ${Number(p.maxFilesPerTrigger)})` : ""}.format(${scalaString(text(p.format))}).load(${scalaString(text(p.path))})`;
    case "structured.staticTable": {
      const fields = fieldsOf(p.schema);
      const rows = (Array.isArray(p.rows) ? p.rows : []).map((r) =>
        typedRow(Array.isArray(r) ? r : fields.map((f) => (r as Record<string, unknown>)[f.name]), fields),
      );
      return `spark.read.schema(${scalaString(text(p.schema))}).json(spark.createDataset(${seq(jsonLines(rows, fields).map(scalaString))})(Encoders.STRING))`;
    }
    case "structured.select":
      return `${v}.selectExpr(${parseExpressionList(text(p.exprs))
        .map((e) => scalaString(e.k === "alias" ? toSql(e) : `${toSql(e)} AS \`${autoName(e)}\``))
        .join(", ")})`;
    case "structured.where":
    case "structured.filter":
      return `${v}.${node.kind === "structured.where" ? "where" : "filter"}(${scalaString(toSql(parseExpression(text(p.condition))))})`;
    case "structured.withColumn":
      return `${v}.withColumn(${scalaString(text(p.colName).trim())}, expr(${scalaString(toSql(parseExpression(text(p.expr))))}))`;
    case "structured.withWatermark":
      return `${v}.withWatermark(${scalaString(text(p.eventTime).trim())}, ${scalaString(text(p.delayThreshold))})`;
    case "structured.groupBy": {
      const keys: string[] = [];
      if (text(p.windowColumn).trim() !== "") {
        const slide = text(p.slideDuration).trim();
        keys.push(
          `window(col(${scalaString(text(p.windowColumn).trim())}), ${scalaString(text(p.windowDuration))}${slide ? `, ${scalaString(slide)}` : ""})`,
        );
      }
      if (text(p.keys).trim() !== "")
        for (const e of parseExpressionList(text(p.keys)))
          keys.push(
            `expr(${scalaString(toSql(e.k === "alias" ? e.e : e))}).alias(${scalaString(autoName(e))})`,
          );
      const aggs = parseExpressionList(text(p.aggs)).map(
        (e) => `expr(${scalaString(toSql(e.k === "alias" ? e.e : e))}).alias(${scalaString(autoName(e))})`,
      );
      return `${v}.groupBy(${keys.join(", ")}).agg(${aggs.join(", ")})`;
    }
    case "structured.dropDuplicates": {
      const cols = text(p.columns)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      return cols.length > 0 ? `${v}.dropDuplicates(${seq(cols.map(scalaString))})` : `${v}.dropDuplicates()`;
    }
    case "structured.join": {
      const on = text(p.on)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      return `${v}.join(${inputs[1]}, ${seq(on.map(scalaString))}, ${scalaString(text(p.how) || "inner")})`;
    }
    default:
      throw new Error(`${node.kind} has no Scala form`);
  }
}

/** The vals of a query, in dependency order, up to the sink's input; `result` names the last. */
export function scalaQueryLines(
  doc: PipelineDocument,
  sinkId: string,
  opts: ScalaOptions = {},
): { lines: string[]; result: string } {
  const topo = buildTopology(doc);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const visit = (id: string): string => {
    const known = names.get(id);
    if (known) return known;
    const inputs = topo.inputs.get(id)!.ordered.map((e) => visit(e.source));
    const node = topo.nodes.get(id)!;
    const name = `df_${scalaName(id)}`;
    lines.push(`val ${name} = ${scalaNode(node, inputs, doc, opts)}`);
    names.set(id, name);
    return name;
  };
  const input = topo.inputs.get(sinkId)!.ordered[0];
  return { lines, result: visit(input.source) };
}

const REPLAY = [
  "  /** Each trigger's rows as one file, in order: read one a trigger (maxFilesPerTrigger 1). */",
  "  def replay(name: String, batches: Seq[Seq[String]], ext: String = \"json\"): String = {",
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
  const words = doc.name.replace(/[^A-Za-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `Pipeline${name}`;
}

const queryMethod = (sinkId: string) => `query_${scalaName(sinkId)}`;

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
    const p = sink.params;
    const { lines } = scalaQueryLines(doc, sink.id, opts);
    const replayed = !/format\("rate"\)|\.load\(/.test(lines.join("\n"));
    const trigger =
      p.trigger === "continuous"
        ? `Trigger.Continuous(${scalaString(text(p.interval))})`
        : p.trigger === "once"
          ? "Trigger.Once()"
          : replayed || p.trigger === "availableNow"
            ? "Trigger.AvailableNow()"
            : `Trigger.ProcessingTime(${scalaString(text(p.interval))})`;
    const format = text(p.format) || "console";
    out.push(
      `      ${queryMethod(sink.id)}(spark).writeStream.outputMode(${scalaString(text(p.outputMode))}).format(${scalaString(format)})` +
        (format === "console"
          ? `.option("numRows", ${Number(p.numRows) || 20}).option("truncate", ${p.truncate === false ? "false" : "true"})`
          : "") +
        (text(p.queryName).trim() ? `.queryName(${scalaString(text(p.queryName).trim())})` : "") +
        `.trigger(${trigger}).start()${i < sinks.length - 1 ? "," : ""}`,
    );
  });
  out.push("    )", "    queries.foreach(_.awaitTermination())", "  }", "}", "");
  return out.join("\n");
}
