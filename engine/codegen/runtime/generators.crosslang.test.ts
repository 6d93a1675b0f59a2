// The exported ports of the seeded generators produce, record for record and partition for partition,
// what the engine's receivers produce: the engine runs each generator in receiverStream on the manual
// clock; the Python port runs under python3 with a stand-in SparkContext, the Scala port is compiled with
// scalac (from the local Maven repository) against a stand-in SparkContext. Skipped, with the reason,
// when python3 or the Scala compiler is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clickStreamReceiver } from "../../graph/kinds/sources/clickStream/compile";
import type { GeneratorFactory } from "../../graph/kinds/sources/compileGenerator";
import { randomWordsReceiver } from "../../graph/kinds/sources/randomWords/compile";
import { sensorReadingsReceiver } from "../../graph/kinds/sources/sensorReadings/compile";
import { stockTickerReceiver } from "../../graph/kinds/sources/stockTicker/compile";
import { textLinesReceiver } from "../../graph/kinds/sources/textLines/compile";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { type GeneratorKind, generatorArgs } from "./generatorParams";
import { pyGeneratorCall, pyGeneratorCode } from "./pyGenerators";
import { pyHelperCode } from "./pyHelpers";
import { scalaGeneratorCall, scalaGeneratorCode } from "./scalaGenerators";

const BATCHES = 12;
/** Each kind's receiver, built as its compile step builds it. */
const RECEIVERS: Record<GeneratorKind, GeneratorFactory> = {
  textLines: textLinesReceiver,
  randomWords: randomWordsReceiver,
  sensorReadings: sensorReadingsReceiver,
  stockTicker: stockTickerReceiver,
  clickStream: clickStreamReceiver,
};
const CASES: { kind: GeneratorKind; params: Record<string, unknown>; batchMs: number; blockMs: number }[] =
  [];
for (const seed of [1, 42, 2024]) {
  CASES.push(
    {
      kind: "randomWords",
      params: { seed, rate: 23.7, vocabularySize: 300, zipfExponent: 1.1, wordsPerLine: 4 },
      batchMs: 1000,
      blockMs: 200,
    },
    {
      kind: "sensorReadings",
      params: { seed, rate: 37, sensors: 6, outOfOrderFraction: 0.25 },
      batchMs: 500,
      blockMs: 100,
    },
    { kind: "clickStream", params: { seed, rate: 12.5, users: 30, pages: 12 }, batchMs: 1000, blockMs: 300 },
    {
      kind: "stockTicker",
      params: { seed, rate: 41, symbols: "ACME, GLOBEX INITECH", volatility: 0.02, outOfOrderFraction: 0.2 },
      batchMs: 1000,
      blockMs: 250,
    },
  );
}
CASES.push(
  {
    kind: "randomWords",
    params: { seed: 7, rate: 50, vocabularySize: 3000, zipfExponent: 0.8, wordsPerLine: 1 },
    batchMs: 2000,
    blockMs: 200,
  },
  {
    kind: "textLines",
    params: { seed: 1, rate: 3.3, lines: "to be\nor not\n\nto be" },
    batchMs: 1000,
    blockMs: 200,
  },
);

/** The engine's batches: per batch, its partitions (glom), from receiverStream on the manual clock. */
async function engineBatches(c: (typeof CASES)[number]): Promise<unknown[][][]> {
  const ssc = new StreamingContext({
    batchIntervalMs: c.batchMs,
    blockIntervalMs: c.blockMs,
    clock: "manual",
  });
  const out: unknown[][][] = [];
  const args = generatorArgs(c.params, 42);
  const receiver = RECEIVERS[c.kind](c.params, { seed: args.seed, recordsPerSecond: args.recordsPerSecond });
  ssc.receiverStream(receiver).foreachRDD((rdd) => out.push(rdd.glom().collect() as unknown[][]));
  ssc.start();
  await ssc.advance(BATCHES);
  ssc.stop();
  return out;
}

const python = spawnSync("python3", ["--version"]).status === 0 ? "python3" : undefined;

function pythonBatches(c: (typeof CASES)[number]): unknown[][][] {
  const helpers = new Set<string>();
  const generators = pyGeneratorCode([c.kind], helpers);
  const program = [
    "import decimal, json, math, re",
    `BATCH_INTERVAL_MS = ${c.batchMs}`,
    `BLOCK_INTERVAL_MS = ${c.blockMs}`,
    `BATCHES = ${BATCHES}`,
    "class RDD:",
    "    def __init__(self, parts): self.parts = parts",
    "    def flatMap(self, f): return self",
    "class SC:",
    "    def parallelize(self, parts, n):",
    "        assert len(parts) == n",
    "        return RDD(parts)",
    "    def emptyRDD(self): return RDD([])",
    "class SSC:",
    "    def queueStream(self, rdds): return rdds",
    "sc, ssc = SC(), SSC()",
    ...pyHelperCode(helpers),
    ...generators,
    `print(json.dumps([r.parts for r in ${pyGeneratorCall(c.kind, generatorArgs(c.params, 42))}]))`,
  ].join("\n");
  return JSON.parse(execFileSync(python!, ["-c", program], { encoding: "utf8" }));
}

/** scalac from the local Maven repository (`mvn dependency:get -Dartifact=org.scala-lang:scala-compiler:2.12.18`). */
function scalaJars(): string[] | undefined {
  const m2 = join(homedir(), ".m2/repository/org/scala-lang");
  const jars = ["scala-compiler", "scala-library", "scala-reflect"].map((a) =>
    join(m2, a, "2.12.18", `${a}-2.12.18.jar`),
  );
  return spawnSync("java", ["-version"]).status === 0 && jars.every((j) => existsSync(j)) ? jars : undefined;
}
const jars = scalaJars();

function scalaBatches(cases: typeof CASES): unknown[][][][] {
  const dir = mkdtempSync(join(tmpdir(), "gen-scala-"));
  try {
    const objects = cases.map((c, i) =>
      [
        `object Case${i} {`,
        `  val BatchIntervalMs = ${c.batchMs}L`,
        `  val BlockIntervalMs = ${c.blockMs}L`,
        `  val Batches = ${BATCHES}`,
        ...scalaGeneratorCode([c.kind]),
        `  def run(sc: SparkContext, ssc: StreamingContext): String = (${scalaGeneratorCall(c.kind, generatorArgs(c.params, 42))}).map(_.parts.map(_.map(Json.of).mkString("[", ",", "]")).mkString("[", ",", "]")).mkString("[", ",", "]")`,
        "}",
      ].join("\n"),
    );
    const program = [
      "import scala.collection.mutable",
      "import scala.reflect.ClassTag",
      "class RDD[T](val parts: Seq[Seq[T]])",
      "class SparkContext {",
      "  def parallelize[T: ClassTag](xs: Seq[T], n: Int): RDD[T] = new RDD((0 until n).map(i => xs.slice((i.toLong * xs.length / n).toInt, ((i + 1).toLong * xs.length / n).toInt)))",
      "  def emptyRDD[T: ClassTag]: RDD[T] = new RDD(Seq())",
      "}",
      "class StreamingContext { def queueStream[T](q: mutable.Queue[RDD[T]]): Seq[RDD[T]] = q.toList }",
      "object Json {",
      '  def str(s: String): String = "\\"" + s.flatMap { case \'"\' => "\\\\\\""; case \'\\\\\' => "\\\\\\\\"; case c => c.toString } + "\\""',
      "  def of(x: Any): String = x match {",
      "    case s: String => str(s)",
      '    case p: Product => p.getClass.getDeclaredFields.map(_.getName).zip(p.productIterator.toSeq).map { case (k, v) => str(k) + ":" + of(v) }.mkString("{", ",", "}")',
      "    case other => other.toString",
      "  }",
      "}",
      ...objects,
      "object Main { def main(args: Array[String]): Unit = {",
      "  val (sc, ssc) = (new SparkContext, new StreamingContext)",
      ...cases.map((_, i) => `  println(Case${i}.run(sc, ssc))`),
      "} }",
    ].join("\n");
    writeFileSync(join(dir, "Main.scala"), program);
    const cp = jars!.join(":");
    execFileSync(
      "java",
      ["-cp", cp, "scala.tools.nsc.Main", "-usejavacp", "-d", dir, join(dir, "Main.scala")],
      {
        stdio: "pipe",
      },
    );
    const out = execFileSync("java", ["-cp", `${dir}:${jars![1]}`, "Main"], { encoding: "utf8" });
    return out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the exported generators produce the engine's records", () => {
  it("the engine's batches have records, several partitions and late sensor readings", async () => {
    const sensors = await engineBatches(CASES[1]);
    const records = sensors.flat(2) as { eventTimeMs: number }[];
    expect(records.length).toBeGreaterThan(100);
    expect(sensors.some((b) => b.length > 1)).toBe(true);
    expect(records.some((r, i) => i > 0 && r.eventTimeMs < records[i - 1].eventTimeMs)).toBe(true);
  });

  it.skipIf(!python)(
    "Python: the same records in the same partitions (python3 needed)",
    { timeout: 120_000 },
    async () => {
      for (const c of CASES)
        expect(pythonBatches(c), `${c.kind} ${JSON.stringify(c.params)}`).toEqual(await engineBatches(c));
    },
  );

  it.skipIf(!jars)(
    "Scala: the same records in the same partitions (java and scala-compiler 2.12.18 in ~/.m2 needed)",
    { timeout: 240_000 },
    async () => {
      const scala = scalaBatches(CASES);
      for (const [i, c] of CASES.entries())
        expect(scala[i], `${c.kind} ${JSON.stringify(c.params)}`).toEqual(await engineBatches(c));
    },
  );
});
