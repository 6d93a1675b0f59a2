// The Scala half of the Structured Streaming differential test: the gallery's structured examples (and
// any other documents given) exported to Scala, compiled with scalac against Spark 3.5's own jars (the
// ones PySpark ships), run by Harness.scala on one SparkSession, and compared trigger by trigger with
// the engine, as the PySpark half is.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PipelineDocument } from "../../engine/graph/types";
import { scalaProgram, scalaQueries } from "../../engine/structured/codegen/scala";
import { JAVA_OPTIONS } from "../harness/scalaRun";
import { compare, engineSide, type Mismatch, parseResults, type Side } from "./differential";
import type { DifferentialQuery } from "./queries";

/** PySpark's jars: Spark 3.5.9 with spark-sql, its dependencies and scala-compiler. */
export function pysparkJars(root: string): string | undefined {
  const lib = join(root, ".venv-spark", "lib");
  if (!existsSync(lib)) return undefined;
  for (const py of readdirSync(lib)) {
    const jars = join(lib, py, "site-packages", "pyspark", "jars");
    if (existsSync(jars)) return jars;
  }
  return undefined;
}

/** The gallery's structured documents: plain ones and the structured side of comparisons. */
export function galleryStructured(root: string): { name: string; doc: PipelineDocument }[] {
  const dir = join(root, "public", "examples", "structured");
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { file: string }[];
  const out: { name: string; doc: PipelineDocument }[] = [];
  for (const { file } of index) {
    const data = JSON.parse(readFileSync(join(root, "public", "examples", file), "utf8")) as
      | PipelineDocument
      | { comparison: Record<string, { pipeline?: PipelineDocument }> };
    if ("comparison" in data) {
      for (const [side, v] of Object.entries(data.comparison))
        if (v && typeof v === "object" && v.pipeline?.mode === "structured")
          out.push({ name: `${file}#${side}`, doc: v.pipeline });
    } else out.push({ name: file, doc: data });
  }
  return out;
}

export interface ScalaCheck {
  results: { query: DifferentialQuery; engine: Side; mismatches: Mismatch[] }[];
}

/** Compiles and runs the documents' Scala exports; `triggers` bounds generated sources' replay. */
export function runScalaStructured(
  root: string,
  docs: { name: string; doc: PipelineDocument }[],
  triggers = 8,
): ScalaCheck {
  const jars = pysparkJars(root);
  if (!jars) throw new Error("PySpark is not installed (bash spark/setup.sh)");
  const classpath = `${jars}/*`;
  const work = mkdtempSync(join(tmpdir(), "structured-scala-"));
  try {
    const files = [join(import.meta.dirname, "Harness.scala")];
    const runs: { query: DifferentialQuery; objectName: string; method: string; mode: string }[] = [];
    docs.forEach(({ name, doc }, i) => {
      const pkg = `s${String(i).padStart(3, "0")}`;
      const code = scalaProgram(doc, { triggers });
      const object = /^object (\w+)/m.exec(code)![1];
      const file = join(work, `${pkg}.scala`);
      writeFileSync(file, `package ${pkg}\n${code}`);
      files.push(file);
      for (const sinkId of scalaQueries(doc)) {
        const sink = doc.nodes.find((n) => n.id === sinkId)!;
        const generated = doc.nodes.some((n) => /sensorReadings|clickStream/.test(n.kind));
        runs.push({
          query: {
            id: `${name}:${sinkId}`,
            doc: { ...doc, nodes: doc.nodes.filter((n) => n.kind !== "structured.writeStream" || n.id === sinkId) },
            ...(generated ? { triggers } : {}),
          },
          objectName: `${pkg}.${object}`,
          method: `query_${sinkId.replace(/[^A-Za-z0-9_]/g, "_")}`,
          mode: String(sink.params.outputMode),
        });
      }
    });
    const classes = join(work, "classes");
    mkdirSync(classes);
    try {
      execFileSync(
        "java",
        ["-Xss8m", "-cp", classpath, "scala.tools.nsc.Main", "-usejavacp", "-nowarn", "-d", classes, ...files],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`scalac failed on the Scala exports:\n${`${err.stdout ?? ""}${err.stderr ?? err.message}`.slice(0, 3000)}`);
    }
    const stdout = execFileSync(
      "java",
      [
        ...JAVA_OPTIONS,
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        `${classes}:${classpath}`,
        "dstreamstudio.structured.Harness",
        ...runs.flatMap((r) => [r.objectName, r.method, r.query.id, r.mode]),
      ],
      {
        encoding: "utf8",
        cwd: work,
        stdio: ["ignore", "pipe", process.env.SPARK_CHECK_VERBOSE ? "inherit" : "pipe"],
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, TZ: "UTC" },
      },
    );
    const { results: spark } = parseResults(stdout);
    return {
      results: runs.map(({ query }) => {
        const engine = engineSide(query);
        const s = spark[query.id] ?? { error: "no result from Spark", batches: {} };
        return { query, engine, mismatches: compare(query, engine, s) };
      }),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
