// The Scala export of a Kafka direct stream (spark-streaming-kafka-0-10's createDirectStream, offsets
// committed after each batch) compiles against Spark's jars and that artifact from Maven Central:
// .spark-jars from `bash spark/setup.sh`, .spark-kafka-jars from `bash scripts/kafka/setup.sh`. Skipped,
// with a message, when either is missing.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { toScala } from "../../../codegen/scala";
import { chain, doc, node } from "../../../graph/testPipelines";

const ROOT = join(import.meta.dirname, "../../../..");
const SPARK_JARS = join(ROOT, ".spark-jars");
const KAFKA_JARS = join(ROOT, ".spark-kafka-jars");
const ready =
  existsSync(join(KAFKA_JARS, ".complete")) &&
  existsSync(SPARK_JARS) &&
  readdirSync(SPARK_JARS).some((f) => f.startsWith("scala-compiler"));
if (!ready)
  console.warn(
    "scalaExport.spark.test: skipped, run `bash spark/setup.sh && bash scripts/kafka/setup.sh` first",
  );

const tmp = mkdtempSync(join(tmpdir(), "dstream-kafka-scala-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** scalac's output ("" when it compiled), with `jars` on the class path. */
async function scalac(file: string, jars: string[]): Promise<string> {
  const out = join(tmp, "classes");
  mkdirSync(out, { recursive: true });
  try {
    await promisify(execFile)(
      "java",
      ["-Xss8m", "-cp", jars.join(":"), "scala.tools.nsc.Main", "-usejavacp", "-nowarn", "-d", out, file],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    return "";
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return `${err.stdout ?? ""}${err.stderr ?? ""}` || err.message;
  }
}

describe.skipIf(!ready)("the Scala export of a Kafka direct stream", () => {
  it("compiles against spark-streaming and spark-streaming-kafka-0-10", { timeout: 600_000 }, async () => {
    const nodes = [
      node("records", "kafkaDirectStream", { topic: "lines" }),
      node("values", "map", { fn: "(r) => r.value" }),
      node("words", "flatMap", { fn: '(line) => line.split(" ")' }),
      node("pairs", "map", { fn: "(w) => [w, 1]" }),
      node("counts", "reduceByKey", { fn: "(a, b) => a + b" }),
      node("out", "print", {}),
    ];
    const generated = toScala(doc(nodes, chain(nodes)));
    expect(generated.stubs).toEqual([]);
    expect(generated.code).toContain("KafkaUtils.createDirectStream[String, String]");
    expect(generated.code).toContain("commitAsync");
    const file = join(tmp, generated.filename);
    writeFileSync(file, generated.code);
    const errors = await scalac(file, [join(SPARK_JARS, "*"), join(KAFKA_JARS, "*")]);
    expect(errors).toBe("");
    expect(readdirSync(join(tmp, "classes"))).toContain(generated.filename.replace(/\.scala$/, ".class"));
  });
});
