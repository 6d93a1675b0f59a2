// A structured pipeline as a PySpark Structured Streaming program. Replayed sources (memoryStream,
// socket lines, the seeded generators) are written as files, one per trigger, and read with
// maxFilesPerTrigger 1 and Trigger.AvailableNow, so Spark's batches are the studio's triggers and the
// data is the studio's (same seed, same rows). The rate and file sources are Spark's own.
import { writeStreamPySpark } from "../../graph/kinds/structured/writeStream/emit";
import type { PipelineDocument } from "../../graph/types";
import type { ExportOptions } from "./emit";
import { identifierOf, py } from "./literals";
import { type QueryLines, queryLines } from "./queryLines";

export type PySparkOptions = ExportOptions;

/** The DataFrame variables of a query, in dependency order: `lines = ...` per node up to the sink's input. */
export function pysparkQueryLines(
  doc: PipelineDocument,
  sinkId: string,
  opts: PySparkOptions = {},
): QueryLines {
  return queryLines(doc, sinkId, "pyspark", (name, expression) => `${name} = ${expression}`, opts);
}

const REPLAY = [
  'INPUT = tempfile.mkdtemp(prefix="studio-input-")',
  "",
  "",
  "def replay(name, batches):",
  '    """Each trigger\'s rows as one JSON-lines file, in order: read one a trigger (maxFilesPerTrigger 1)."""',
  "    d = os.path.join(INPUT, name)",
  "    os.makedirs(d, exist_ok=True)",
  "    for i, rows in enumerate(batches):",
  "        if rows is None:",
  "            continue",
  '        path = os.path.join(d, "part-%05d.json" % i)',
  '        with open(path, "w") as f:',
  '            f.write("".join(json.dumps(r) + "\\n" for r in rows))',
  "        os.utime(path, (1_000_000 + i, 1_000_000 + i))",
  "    return d",
  "",
  "",
  "def replay_lines(name, batches):",
  "    d = os.path.join(INPUT, name)",
  "    os.makedirs(d, exist_ok=True)",
  "    for i, lines in enumerate(batches):",
  '        path = os.path.join(d, "part-%05d.txt" % i)',
  '        with open(path, "w") as f:',
  '            f.write("".join(line + "\\n" for line in lines))',
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
    const q = `query_${identifierOf(node.id)}`;
    out.push(`${q} = ${writeStreamPySpark(node, result, lines)}`);
    queries.push(q);
  }
  out.push("", ...queries.map((q) => `${q}.awaitTermination()`), "");
  return out.join("\n");
}
