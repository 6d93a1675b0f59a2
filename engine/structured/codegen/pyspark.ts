// A structured pipeline as a PySpark Structured Streaming program. Replayed sources (memoryStream,
// socket lines, the seeded generators) are written as files, one per trigger, and read with
// maxFilesPerTrigger 1 and Trigger.AvailableNow, so Spark's batches are the studio's triggers and the
// data is the studio's (same seed, same rows). The rate and file sources are Spark's own.
import { buildTopology } from "../../graph/topology";
import type { PipelineDocument, PipelineNode } from "../../graph/types";
import { type Field, parseSchema } from "../sql/ddl";
import { parseExpression, parseExpressionList } from "../sql/parse";
import { autoName } from "../sql/names";
import { toSql } from "../sql/toSql";
import { generatedTriggers } from "./replay";

const py = (v: unknown) => JSON.stringify(v);
const text = (v: unknown) => (typeof v === "string" ? v : "");
const isoOf = (v: unknown) => (typeof v === "number" ? new Date(v).toISOString() : v);

/** Rows as JSON objects by column name, timestamps in ISO-8601 (what Spark's JSON reader parses). */
function jsonRows(rows: unknown[][], fields: Field[]): Record<string, unknown>[] {
  return rows.map((r) => Object.fromEntries(fields.map((f, i) => [f.name, f.type === "timestamp" ? isoOf(r[i]) : r[i]])));
}

export interface PySparkOptions {
  /** Triggers of generated data to replay (seeded generators). */
  triggers?: number;
}

/** `name = <expression building the DataFrame>` for one node, its inputs already bound to their variables. */
export function pysparkNode(node: PipelineNode, inputs: string[], doc: PipelineDocument, opts: PySparkOptions = {}): string {
  const p = node.params;
  const v = inputs[0];
  switch (node.kind) {
    case "structured.memoryStream": {
      const schema = parseSchema(p.schema);
      const fields = schema.ok ? schema.fields : [];
      const batches = (Array.isArray(p.batches) ? p.batches : []).map((b) =>
        Array.isArray(b) ? jsonRows(b.map((r) => (Array.isArray(r) ? r : fields.map((f) => (r as Record<string, unknown>)[f.name]))), fields) : null,
      );
      return `spark.readStream.schema(${py(text(p.schema))}).option("maxFilesPerTrigger", 1).json(replay(${py(node.id)}, ${py(batches)}))`;
    }
    case "structured.socket":
      return `spark.readStream.option("maxFilesPerTrigger", 1).text(replay_lines(${py(node.id)}, ${py(p.lines)}))  # the socket's lines, one file a trigger (a real socket: spark.readStream.format("socket").option("host", "localhost").option("port", 9999).load())`;
    case "structured.sensorReadings":
    case "structured.clickStream": {
      const { schema, batches } = generatedTriggers(node, doc, opts.triggers ?? 10);
      const fields = parseSchema(schema);
      return `spark.readStream.schema(${py(schema)}).option("maxFilesPerTrigger", 1).json(replay(${py(node.id)}, ${py(batches.map((b) => jsonRows(b, fields.ok ? fields.fields : [])))}))`;
    }
    case "structured.rate":
      return `spark.readStream.format("rate").option("rowsPerSecond", ${Number(p.rowsPerSecond)}).load()`;
    case "structured.files":
      return `spark.readStream.schema(${py(text(p.schema))})${p.maxFilesPerTrigger ? `.option("maxFilesPerTrigger", ${Number(p.maxFilesPerTrigger)})` : ""}.format(${py(p.format)}).load(${py(text(p.path))})`;
    case "structured.staticTable": {
      const schema = parseSchema(p.schema);
      const fields = schema.ok ? schema.fields : [];
      const rows = (Array.isArray(p.rows) ? p.rows : []).map((r) => (Array.isArray(r) ? r : fields.map((f) => (r as Record<string, unknown>)[f.name])));
      return `spark.createDataFrame(${py(rows).replace(/\bnull\b/g, "None").replace(/\btrue\b/g, "True").replace(/\bfalse\b/g, "False")}, ${py(text(p.schema))})`;
    }
    case "structured.select":
      return `${v}.selectExpr(${parseExpressionList(text(p.exprs)).map((e) => py(e.k === "alias" ? toSql(e) : `${toSql(e)} AS \`${autoName(e)}\``)).join(", ")})`;
    case "structured.where":
    case "structured.filter":
      return `${v}.${node.kind === "structured.where" ? "where" : "filter"}(${py(toSql(parseExpression(text(p.condition))))})`;
    case "structured.withColumn":
      return `${v}.withColumn(${py(text(p.colName).trim())}, F.expr(${py(toSql(parseExpression(text(p.expr))))}))`;
    case "structured.withWatermark":
      return `${v}.withWatermark(${py(text(p.eventTime).trim())}, ${py(text(p.delayThreshold))})`;
    case "structured.groupBy": {
      const keys: string[] = [];
      if (text(p.windowColumn).trim() !== "") {
        const slide = text(p.slideDuration).trim();
        keys.push(`F.window(${py(text(p.windowColumn).trim())}, ${py(text(p.windowDuration))}${slide ? `, ${py(slide)}` : ""})`);
      }
      if (text(p.keys).trim() !== "")
        for (const e of parseExpressionList(text(p.keys))) keys.push(`F.expr(${py(toSql(e.k === "alias" ? e.e : e))}).alias(${py(autoName(e))})`);
      const aggs = parseExpressionList(text(p.aggs)).map((e) => `F.expr(${py(toSql(e.k === "alias" ? e.e : e))}).alias(${py(autoName(e))})`);
      return `${v}.groupBy(${keys.join(", ")}).agg(${aggs.join(", ")})`;
    }
    case "structured.dropDuplicates": {
      const cols = text(p.columns).split(",").map((s) => s.trim()).filter(Boolean);
      return `${v}.dropDuplicates(${cols.length > 0 ? py(cols) : ""})`;
    }
    case "structured.join": {
      const on = text(p.on).split(",").map((s) => s.trim()).filter(Boolean);
      return `${v}.join(${inputs[1]}, ${py(on)}, ${py(text(p.how) || "inner")})`;
    }
    default:
      throw new Error(`${node.kind} has no PySpark form`);
  }
}

/** The DataFrame variables of a query, in dependency order: `lines = ...` per node up to the sink's input. */
export function pysparkQueryLines(doc: PipelineDocument, sinkId: string, opts: PySparkOptions = {}): { lines: string[]; result: string } {
  const topo = buildTopology(doc);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const visit = (id: string): string => {
    const known = names.get(id);
    if (known) return known;
    const inputs = topo.inputs.get(id)!.ordered.map((e) => visit(e.source));
    const node = topo.nodes.get(id)!;
    const name = `df_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    lines.push(`${name} = ${pysparkNode(node, inputs, doc, opts)}`);
    names.set(id, name);
    return name;
  };
  const input = topo.inputs.get(sinkId)!.ordered[0];
  return { lines, result: visit(input.source) };
}

const REPLAY = [
  "INPUT = tempfile.mkdtemp(prefix=\"studio-input-\")",
  "",
  "",
  "def replay(name, batches):",
  '    """Each trigger\'s rows as one JSON-lines file, in order: read one a trigger (maxFilesPerTrigger 1)."""',
  "    d = os.path.join(INPUT, name)",
  "    os.makedirs(d, exist_ok=True)",
  "    for i, rows in enumerate(batches):",
  "        if rows is None:",
  "            continue",
  "        path = os.path.join(d, \"part-%05d.json\" % i)",
  "        with open(path, \"w\") as f:",
  "            f.write(\"\".join(json.dumps(r) + \"\\n\" for r in rows))",
  "        os.utime(path, (1_000_000 + i, 1_000_000 + i))",
  "    return d",
  "",
  "",
  "def replay_lines(name, batches):",
  "    d = os.path.join(INPUT, name)",
  "    os.makedirs(d, exist_ok=True)",
  "    for i, lines in enumerate(batches):",
  "        path = os.path.join(d, \"part-%05d.txt\" % i)",
  "        with open(path, \"w\") as f:",
  "            f.write(\"\".join(line + \"\\n\" for line in lines))",
  "        os.utime(path, (1_000_000 + i, 1_000_000 + i))",
  "    return d",
];

/** The file-writing helpers every program with replayed sources starts with. */
export const pysparkReplayHelpers = (): string[] => REPLAY;

/** A whole runnable program: one query per writeStream node. */
export function pysparkProgram(doc: PipelineDocument, opts: PySparkOptions = {}): string {
  const out = [
    `# ${doc.name}: exported from DStream Studio as a PySpark Structured Streaming program.`,
    "# Run: spark-submit program.py (or python program.py with pyspark installed). The studio's input (memory",
    "# rows, socket lines, seeded generators) is written as files, one per trigger, read one a trigger with",
    "# Trigger.AvailableNow, so each batch is the studio's trigger, with the same rows.",
    "import json",
    "import os",
    "import tempfile",
    "",
    "from pyspark.sql import SparkSession",
    "from pyspark.sql import functions as F",
    "",
    `spark = SparkSession.builder.appName(${py(doc.name)}).config("spark.sql.session.timeZone", "UTC").getOrCreate()`,
    ...REPLAY,
    "",
  ];
  const queries: string[] = [];
  for (const node of doc.nodes) {
    if (node.kind !== "structured.writeStream") continue;
    const { lines, result } = pysparkQueryLines(doc, node.id, opts);
    out.push(...lines);
    const p = node.params;
    const replayed = !/format\("rate"\)|\.load\(/.test(lines.join("\n"));
    const trigger =
      p.trigger === "continuous"
        ? `continuous=${py(text(p.interval))}`
        : p.trigger === "once"
          ? "once=True"
          : replayed || p.trigger === "availableNow"
            ? "availableNow=True"
            : `processingTime=${py(text(p.interval))}`;
    const q = `query_${node.id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    out.push(
      `${q} = (${result}.writeStream.outputMode(${py(p.outputMode)}).format(${py(p.format)})` +
        (p.format === "console" ? `.option("numRows", ${Number(p.numRows)}).option("truncate", ${p.truncate === false ? "False" : "True"})` : "") +
        (text(p.queryName).trim() ? `.queryName(${py(text(p.queryName).trim())})` : "") +
        `.trigger(${trigger}).start())`,
    );
    queries.push(q);
  }
  out.push("", ...queries.map((q) => `${q}.awaitTermination()`), "");
  return out.join("\n");
}
