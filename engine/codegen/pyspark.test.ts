import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { catalog } from "../graph/catalog";
import { emptyPipeline } from "../graph/schema";
import type { PipelineDocument } from "../graph/types";
import { loadExamples, pipelineAround } from "./internals/examples.testkit";
import { toPySpark } from "./pyspark";

const dir = mkdtempSync(join(tmpdir(), "pyspark-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compiles(code: string, name: string): void {
  const file = join(dir, name);
  writeFileSync(file, code);
  execFileSync("python3", ["-m", "py_compile", file], { stdio: "pipe" });
}

describe("PySpark export", () => {
  it.each(loadExamples().map((e) => [e.file, e.doc] as const))("%s compiles with python3", (_file, doc) => {
    const { code, filename } = toPySpark(doc);
    expect(code).toContain(`ssc = StreamingContext(sc, BATCH_INTERVAL_SECONDS)`);
    expect(code).toMatch(/\.pprint\(10\)/);
    expect(code).toMatch(/ssc\.start\(\)\nssc\.awaitTermination\(\)/);
    compiles(code, filename);
  });

  it("writes the socket word count as in Spark's guide, its lines queued as the studio produces them", () => {
    const doc = loadExamples().find((e) => e.file === "socket-word-count.json")!.doc;
    const { code, stubs } = toPySpark(doc);
    expect(stubs).toEqual([]);
    expect(code).toMatch(/^lines = ssc\.queueStream\(text_lines_batches\(\["to be or not to be", /m);
    expect(code).toContain(
      '# On a cluster, read real lines instead: ssc.socketTextStream("localhost", 9999)',
    );
    expect(code).toContain("spark-submit --master local[2] socket_word_count.py");
    expect(code).toContain("spark-submit --master spark://host:7077 socket_word_count.py");
    expect(code).toContain('words = lines.flatMap(lambda line: line.split(" "))');
    expect(code).toContain("pairs = words.map(lambda word: (word, 1))");
    expect(code).toContain("word_counts = pairs.reduceByKey(lambda a, b: a + b)");
    expect(code).toContain("word_counts.pprint(10)");
    expect(code).not.toContain("ssc.checkpoint");
  });

  it("checkpoints and passes seconds for an inverse window", () => {
    const doc = loadExamples().find((e) => e.file === "windowed-word-count.json")!.doc;
    const { code } = toPySpark(doc);
    expect(code).toContain('ssc.checkpoint("/tmp/dstream-checkpoint")');
    expect(code).toContain(
      ".reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 6, 2, None, lambda p0: p0[1] > 0)",
    );
  });

  it("stubs what it cannot translate, keeps the JavaScript in a comment, and still compiles", () => {
    const doc: PipelineDocument = {
      ...emptyPipeline("Stubs"),
      settings: { ...emptyPipeline().settings, checkpointDir: "cp" },
      nodes: [
        {
          id: "q",
          kind: "queueStream",
          label: "input",
          params: { batches: [["a b"]], oneAtATime: true },
          position: { x: 0, y: 0 },
        },
        {
          id: "m",
          kind: "map",
          label: "parsed",
          params: { fn: "(line) => {\n  let n = 0;\n  for (const c of line) n++;\n  return [line, n];\n}" },
          position: { x: 0, y: 0 },
        },
        { id: "s", kind: "mapWithState", label: "sessions", params: {}, position: { x: 0, y: 0 } },
        { id: "p", kind: "print", params: { num: 5 }, position: { x: 0, y: 0 } },
      ],
      edges: [
        { id: "e1", source: "q", target: "m" },
        { id: "e2", source: "m", target: "s" },
        { id: "e3", source: "s", target: "p" },
      ],
    };
    const { code, stubs } = toPySpark(doc);
    expect(stubs.map((s) => [s.nodeId, s.param])).toEqual([
      ["m", "fn"],
      ["s", "fn"],
    ]);
    expect(code).toContain("#     for (const c of line) n++;");
    expect(code).toContain("parsed = input.map(parsed_fn)");
    expect(code).toContain("def parsed_fn(*args):");
    expect(code).toMatch(/STUB: node "sessions" \(mapWithState\)/);
    compiles(code, "stubs.py");
  });
});

describe("PySpark export of every node kind", () => {
  it.each(Object.values(catalog).map((s) => [s.kind, s] as const))("%s compiles", (kind, spec) => {
    const { code } = toPySpark(pipelineAround(spec));
    compiles(code, `kind_${kind}.py`);
  });
});

describe("JSON params as Python literals", () => {
  it("keeps queued batches as lists and writes pairs as tuples", () => {
    const doc = pipelineAround(catalog.queueStream, { batches: [["a", "b"], [["k", 1]]], oneAtATime: false });
    expect(toPySpark(doc).code).toContain(
      'ssc.queueStream([sc.parallelize(batch) for batch in [["a", "b"], [("k", 1)]]], oneAtATime=False)',
    );
  });
});
