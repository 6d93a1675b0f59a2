import { describe, expect, it } from "vitest";
import { toPySpark } from "../../../../codegen/pyspark";
import { toScala } from "../../../../codegen/scala";
import { toTypeScript } from "../../../../codegen/typescript";
import { StreamingContext } from "../../../../index";
import { compilePipeline } from "../../../compile";
import { chain, doc, node } from "../../../testPipelines";

const BATCHES = [Array.from({ length: 12 }, (_, i) => [`k${i}`, i]), [], [["last", undefined]]];

function pipeline(params: Record<string, unknown>) {
  const nodes = [node("in", "queueStream", { batches: BATCHES }), node("save", "saveAsObjectFiles", params)];
  return doc(nodes, chain(nodes));
}

describe("saveAsObjectFiles", () => {
  it("writes Spark's layout per batch: part files of JSON arrays of up to 10 records, and _SUCCESS", async () => {
    const shown: { path?: string; lines: unknown[] }[] = [];
    const { ssc } = compilePipeline(pipeline({ prefix: "out/objects", suffix: "bin" }), {
      sink: { records: (_id, _t, _kind, lines, _truncated, path) => shown.push({ path, lines }) },
    });
    ssc.start();
    await ssc.advance(3);
    ssc.stop();
    const files = ssc.fileSystem.list("out/");
    expect(files).toContain("out/objects-1000.bin/_SUCCESS");
    expect(files).toContain("out/objects-3000.bin/_SUCCESS");
    const parts = (dir: string) =>
      files
        .filter((f) => f.startsWith(`${dir}/part-`))
        .map((f) => ssc.fileSystem.readFile(f) ?? "")
        .join("");
    const groups = parts("out/objects-1000.bin")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown[]);
    expect(groups.every((g) => g.length >= 1 && g.length <= 10)).toBe(true);
    expect(groups.flat()).toEqual(BATCHES[0]);
    // undefined has no JSON form: null, as in the Outputs panel.
    expect(parts("out/objects-3000.bin")).toBe('[["last",null]]\n');
    expect(shown[0].path).toBe("out/objects-1000.bin");
  });

  it("the engine's DStream.saveAsObjectFiles writes the same files as the compiled node", async () => {
    const compiled = compilePipeline(pipeline({ prefix: "o", suffix: "" }));
    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    ssc.queueStream(BATCHES.map((b) => [...b])).saveAsObjectFiles("o");
    for (const s of [compiled.ssc, ssc]) {
      s.start();
      await s.advance(3);
      s.stop();
    }
    const contents = (c: StreamingContext) =>
      c.fileSystem.list("o-").map((f) => [f, c.fileSystem.readFile(f)]);
    expect(contents(ssc).length).toBeGreaterThan(3);
    expect(contents(ssc)).toEqual(contents(compiled.ssc));
  });

  it("exports as the fluent call in TypeScript and Scala, and as saveAsPickleFile in PySpark", () => {
    const d = pipeline({ prefix: "out/objects", suffix: "bin" });
    expect(toTypeScript(d).code).toContain('.saveAsObjectFiles("out/objects", "bin");');
    expect(toScala(d).code).toContain('.saveAsObjectFiles("out/objects", "bin")');
    const py = toPySpark(d);
    expect(py.code).toContain("# saveAsObjectFiles is not in PySpark's DStream API");
    expect(py.code).toContain(
      'queue_stream.foreachRDD(lambda time, rdd: rdd.saveAsPickleFile("out/objects-%d.bin" % round(time.timestamp() * 1000)))',
    );
    expect(py.stubs).toEqual([]);
  });
});
