// The Scala half of the differential test: every corpus document's Scala export is compiled against
// spark-streaming (one resident scalac: one compilation of all of them, a second one without those that
// failed), then every
// one that compiles runs, a group of programs per StreamingContext, on one JVM's local[2] context.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toScala } from "../../engine/codegen/scala";
import type { PipelineDocument } from "../../engine/graph/types";
import { compareRuns } from "./compare";
import type { CorpusEntry } from "./corpus";
import { runOnEngine } from "./engineRun";
import { exportFailure } from "./failure";
import { groupEntries } from "./groups";
import type { Totals } from "./main";
import { orderedOutputs, prepare } from "./prepare";
import { attachSavedFiles } from "./savedFiles";
import { ResidentScalac, scalac } from "./scalac";
import { classpath } from "./setup";
import { SparkProcess } from "./sparkProcess";

const HARNESS_PACKAGE = "org.apache.spark.streaming.dstreamstudio.Harness";

// Spark's own launcher opens these on Java 17 (JavaModuleOptions); plain `java` must do it too.
export const JAVA_OPTIONS = [
  "-XX:+IgnoreUnrecognizedVMOptions",
  ...[
    "java.lang",
    "java.lang.invoke",
    "java.lang.reflect",
    "java.io",
    "java.net",
    "java.nio",
    "java.util",
    "java.util.concurrent",
    "java.util.concurrent.atomic",
    "sun.nio.ch",
    "sun.nio.cs",
    "sun.security.action",
    "sun.util.calendar",
  ].map((p) => `--add-opens=java.base/${p}=ALL-UNNAMED`),
  "-Djdk.reflect.useDirectMethodHandle=false",
];

/** The export made runnable by the harness: its own package, the shared context, batches it drives. */
export function rewriteScala(code: string, pkg: string): { code: string; objectName: string } {
  const object = /^object (\w+)/m.exec(code);
  if (!object) throw new Error("the Scala export has no top-level object");
  const rewritten = code
    .replace(/new StreamingContext\(conf, /g, `${HARNESS_PACKAGE}.context(`)
    .replace(/^(\s*)ssc\.start\(\)\s*$/m, "")
    .replace(/^(\s*)ssc\.awaitTermination\(\)\s*$/m, `$1${HARNESS_PACKAGE}.drive(ssc)`);
  return { code: `package ${pkg}\n${rewritten}`, objectName: `${pkg}.${object[1]}` };
}

interface Compiled {
  entry: CorpusEntry;
  file: string;
  objectName: string;
}

export async function runScalaExports(
  root: string,
  work: string,
  entries: CorpusEntry[],
  totals: Totals,
  groupSize: number,
) {
  const src = join(work, "scala/src");
  mkdirSync(src, { recursive: true });
  const compiled: Compiled[] = [];
  entries.forEach((entry, i) => {
    const pkg = `p${String(i).padStart(4, "0")}`;
    try {
      const { code, objectName } = rewriteScala(
        toScala(prepare(entry.doc, entry.name, work, "scala")).code,
        pkg,
      );
      const file = join(src, `${pkg}.scala`);
      writeFileSync(file, code);
      compiled.push({ entry, file, objectName });
    } catch (e) {
      totals.add(
        "scala",
        entry.name,
        exportFailure("scala", entry, `export failed: ${(e as Error).message}`),
      );
    }
  });
  const harness = join(root, "spark/scala/Harness.scala");
  const records = join(root, "spark/scala/Records.scala");
  const classes = join(work, "scala/classes");
  const started = Date.now();
  const failed = new Map<string, string[]>();
  const ok = () => compiled.filter((c) => !failed.has(c.file));
  // The resident compiler, or (when it cannot start or answer) a new scalac JVM per compilation.
  let resident: ResidentScalac | undefined;
  const compile = async (files: string[]) => {
    try {
      resident ??= await ResidentScalac.start(root, classes);
      return await resident.compile(files);
    } catch (e) {
      console.log(`scalac -Xresident failed, compiling on a new JVM: ${(e as Error).message.slice(0, 500)}`);
      resident = undefined;
      return scalac(root, files, classes);
    }
  };
  let errors: string;
  try {
    errors = await compile([harness, records, ...compiled.map((c) => c.file)]);
    for (const m of errors.matchAll(/^(\S+\.scala):(\d+): error: (.*)$/gm))
      failed.set(m[1], [...(failed.get(m[1]) ?? []), `line ${m[2]}: ${m[3]}`]);
    if (errors && failed.size === 0) throw new Error(`scalac failed:\n${errors.slice(0, 3000)}`);
    for (const own of [harness, records])
      if (failed.has(own)) throw new Error(`${own} does not compile:\n${failed.get(own)!.join("\n")}`);
    if (failed.size > 0) {
      errors = await compile([harness, records, ...ok().map((c) => c.file)]);
      if (errors) throw new Error(`scalac failed on the second run:\n${errors.slice(0, 3000)}`);
    }
  } finally {
    await resident?.stop();
  }
  console.log(
    `scalac: ${ok().length} of ${compiled.length} Scala exports compile (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  for (const c of compiled)
    if (failed.has(c.file))
      totals.add(
        "scala",
        c.entry.name,
        exportFailure("scala", c.entry, `scalac error: ${failed.get(c.file)!.slice(0, 3).join("; ")}`),
      );

  if (ok().length === 0) return undefined;
  const jvm = await startScalaRunner(root, classes, join(work, "scala"));
  try {
    const runnable = ok().map((c) => ({
      ...c,
      doc: prepare(c.entry.doc, c.entry.name, work, "scala"),
      batches: c.entry.batches,
    }));
    let done = 0;
    for (const group of groupEntries(runnable, groupSize)) {
      const { batches } = group[0];
      const batchMs = group[0].doc.batchIntervalMs;
      const runs = await jvm.runGroup(
        [batches, batchMs, ...group.flatMap((c) => [c.objectName, c.entry.name])].join("\t"),
      );
      for (const [i, c] of group.entries()) {
        attachSavedFiles(c.doc, runs[i]);
        const engine = await runOnEngine(prepare(c.entry.doc, c.entry.name, work, "engine-scala"), batches);
        totals.add(
          "scala",
          c.entry.name,
          compareRuns(engine, runs[i], {
            target: "scala",
            pipeline: c.entry.name,
            batches,
            batchMs,
            ordered: orderedOutputs(c.doc),
          }),
        );
      }
      done += group.length;
      console.log(
        `scala ${done}/${runnable.length}: ${group.length} programs in ${Math.round(runs[0]?.seconds ?? 0)} s (${Math.round((Date.now() - started) / 1000)} s so far)`,
      );
    }
    return jvm.version;
  } finally {
    await jvm.stop();
  }
}

export function startScalaRunner(root: string, classes: string, cwd: string): Promise<SparkProcess> {
  mkdirSync(cwd, { recursive: true });
  return SparkProcess.start(
    "java",
    // Many short jobs: the quick JIT tier and one GC thread spend less CPU (as the PySpark driver's JVM).
    [
      ...JAVA_OPTIONS,
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      "-cp",
      `${classes}:${classpath(root)}`,
      HARNESS_PACKAGE,
    ],
    cwd,
  );
}

/** One prepared document's Scala export, compiled and run (for `dstream-studio run --on spark`). */
export async function runOneScala(root: string, work: string, doc: PipelineDocument, batches: number) {
  const { code, objectName } = rewriteScala(toScala(doc).code, "p0000");
  const file = join(work, "p0000.scala");
  writeFileSync(file, code);
  const classes = join(work, "classes");
  const own = ["Harness.scala", "Records.scala"].map((f) => join(root, "spark/scala", f));
  const errors = await scalac(root, [...own, file], classes);
  if (errors) throw new Error(`the Scala export does not compile:\n${errors.slice(0, 2000)}`);
  const jvm = await startScalaRunner(root, classes, join(work, "scala"));
  try {
    const [run] = await jvm.runGroup([batches, doc.batchIntervalMs, objectName, doc.name].join("\t"));
    attachSavedFiles(doc, run);
    return { run, version: jvm.version };
  } finally {
    await jvm.stop();
  }
}
