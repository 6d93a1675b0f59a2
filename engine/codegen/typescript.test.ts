// The TypeScript export, evaluated in-process against the engine, prints what the compiler's program
// prints: for every kind in the catalog (a one-node pipeline around it) and for the gallery examples.
// (bin/cli.test.ts checks the same through `npx tsx` and the command line for the examples.)
import { transform } from "sucrase";
import { describe, expect, it } from "vitest";
import { catalog, getKind, resolveParams } from "../graph/catalog";
import { compilePipeline } from "../graph/compile";
import { emptyPipeline } from "../graph/schema";
import type { PipelineDocument } from "../graph/types";
import * as engine from "../index";
import { loadExamples, pipelineAround } from "./internals/examples.testkit";
import { toTypeScript } from "./typescript";

const BATCHES = 4;

/** Runs the exported program with `engine` standing in for "dstream-studio/engine"; returns its output. */
async function runExported(doc: PipelineDocument, seed?: number): Promise<string[]> {
  const { code } = toTypeScript(doc);
  const importLine = /^import \{ ([^}]+) \} from "dstream-studio\/engine";$/m.exec(code);
  expect(importLine).not.toBeNull();
  const lines: string[] = [];
  const log = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  class CapturingContext extends engine.StreamingContext {
    constructor(options: ConstructorParameters<typeof engine.StreamingContext>[0]) {
      super({ ...options, out: log });
    }
  }
  const names = importLine![1].split(", ");
  const values = names.map((n) =>
    n === "StreamingContext" ? CapturingContext : (engine as Record<string, unknown>)[n],
  );
  for (const [i, n] of names.entries()) expect(values[i], `engine export ${n}`).toBeDefined();
  const js = transform(code.replace(importLine![0], ""), { transforms: ["typescript"] }).code;
  const argv = ["node", "program", String(BATCHES), ...(seed === undefined ? [] : [String(seed)])];
  const program = new Function("process", "console", ...names, `return (async () => {\n${js}\n})();`);
  await program({ argv }, { log }, ...values);
  return lines;
}

async function runCompiled(doc: PipelineDocument): Promise<string[]> {
  const lines: string[] = [];
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const { ssc } = compilePipeline(doc, {
    sink: {
      print: (_id, _t, printed) => lines.push(...printed),
      records: (id, timeMs, kind, records) => {
        if (kind !== "foreachRDD") return;
        lines.push(`${labels.get(id)} at ${timeMs} ms:`, ...records.map(engine.formatRecord));
      },
    },
  });
  ssc.start();
  await ssc.advance(BATCHES);
  ssc.stop();
  return lines;
}

describe("TypeScript export", () => {
  // The file outputs print nothing (their files are checked in bin/ and beside their kinds); real-world
  // sources and sinks need their servers (checked against real ones in engine/sources/net, bin/feed).
  const kinds = Object.values(catalog).filter(
    (s) => s.kind !== "saveAsTextFiles" && s.kind !== "saveAsObjectFiles" && !s.realWorld,
  );
  it.each(kinds.map((s) => [s.kind, s] as const))(
    "%s: the exported program prints what the compiled one does",
    async (_kind, spec) => {
      const doc = pipelineAround(spec);
      const expected = await runCompiled(doc);
      expect(expected.length).toBeGreaterThan(0);
      expect(await runExported(doc)).toEqual(expected);
    },
  );

  const variants: [string, Record<string, unknown>][] = [
    ["window", { windowMs: 2000, slideMs: null }],
    ["reduceByWindow", { invFn: "(a, b) => a - b", windowMs: 2000, slideMs: 1000 }],
    ["reduceByKeyAndWindow", { windowMs: 3000, slideMs: null, numPartitions: 3 }],
    ["reduceByKeyAndWindow", { invFn: "(a, b) => a - b", windowMs: 2000, slideMs: null, numPartitions: 3 }],
    ["groupByKeyAndWindow", { windowMs: 2000, slideMs: null, numPartitions: 1 }],
    ["countByValueAndWindow", { windowMs: 2000, slideMs: 2000, numPartitions: 3 }],
    ["reduceByKey", { numPartitions: 1 }],
    ["combineByKey", { numPartitions: 3 }],
    ["join", { numPartitions: 1 }],
    ["updateStateByKey", { initialState: [["z", 100]], numPartitions: 3 }],
    ["mapWithState", { timeoutMs: 2000, initialState: [["z", 100]], stateSnapshots: true }],
    [
      "transform",
      {
        fn: "(rdd, timeMs, table) => rdd.leftOuterJoin(table)",
        table: [
          ["a", "A"],
          ["c", "C"],
        ],
      },
    ],
    ["queueStream", { batches: [["x"], ["y", "z"]], oneAtATime: false, defaultRDD: ["d"] }],
    ["foreachRDD", { limit: 2 }],
    ["persist", { storageLevel: "MEMORY_AND_DISK_SER_2" }],
    ["checkpoint", { intervalMs: 2000 }],
  ];
  it.each(variants)("%s with %j", async (kind, params) => {
    const doc = pipelineAround(getKind(kind)!, params);
    const expected = await runCompiled(doc);
    expect(expected.length).toBeGreaterThan(0);
    expect(await runExported(doc)).toEqual(expected);
  });

  it.each(loadExamples().map((e) => [e.file, e.doc] as const))(
    "%s: same output, with and without a seed",
    async (_f, doc) => {
      expect(await runExported(doc)).toEqual(await runCompiled(doc));
    },
  );

  it("writes one statement per node named from the labels, with the user's functions inlined", () => {
    const doc = loadExamples().find((e) => e.file === "windowed-word-count.json")!.doc;
    const { code, filename } = toTypeScript(doc);
    expect(filename).toBe("windowed_word_count.ts");
    expect(code).toContain('import { RandomWordsReceiver, StreamingContext } from "dstream-studio/engine";');
    expect(code).toContain('ssc.checkpoint("/tmp/dstream-checkpoint");');
    expect(code).toContain('const words = lines.flatMap((line) => line.split(" "));');
    expect(code).toContain(
      "const windowedCounts = pairs.reduceByKeyAndWindow((a, b) => a + b, (a, b) => a - b, 6000, 2000, undefined, ([word, count]) => count > 0);",
    );
    expect(code).toContain("windowedCounts.print(10);");
    // Every node but the print, plus BATCHES, SEED, seed and ssc.
    expect(code.match(/^const \w+ = /gm)).toHaveLength(doc.nodes.length - 1 + 4);
  });
});

describe("block interval", () => {
  // textLines at 50 lines/s -> glom -> map(length) -> print: what each block (partition) holds.
  const blockDoc = (blockIntervalMs?: number): PipelineDocument => {
    const nodes: [string, string, Record<string, unknown>][] = [
      ["lines", "textLines", { rate: 50 }],
      ["blocks", "glom", {}],
      ["sizes", "map", { fn: "(block) => block.length" }],
      ["out", "print", { num: 20 }],
    ];
    return {
      ...emptyPipeline("blocks"),
      ...(blockIntervalMs === undefined ? {} : { blockIntervalMs }),
      nodes: nodes.map(([id, kind, params]) => ({
        id,
        kind,
        params: resolveParams(getKind(kind)!, params),
        position: { x: 0, y: 0 },
      })),
      edges: nodes.slice(1).map(([id], i) => ({ id: `e${i}`, source: nodes[i][0], target: id })),
    };
  };

  /** The records print() showed for the batch at 1000 ms (between its header and the blank line). */
  const firstBatch = (printed: string[]) => {
    const from = printed.indexOf("Time: 1000 ms") + 2;
    return printed.slice(from, printed.indexOf("", from));
  };

  it("passes blockIntervalMs to the StreamingContext only when it is not Spark's 200 ms", async () => {
    expect(toTypeScript(blockDoc()).code).not.toContain("blockIntervalMs");
    expect(toTypeScript(blockDoc(200)).code).not.toContain("blockIntervalMs");
    const doc = blockDoc(100);
    expect(toTypeScript(doc).code).toContain(
      'new StreamingContext({ batchIntervalMs: 1000, blockIntervalMs: 100, clock: "manual",',
    );
    const printed = await runExported(doc);
    expect(printed).toEqual(await runCompiled(doc));
    // 1 s / 100 ms = 10 blocks of 5 lines each batch; the default 200 ms gives 5 blocks of 10.
    expect(firstBatch(printed)).toEqual(Array(10).fill("5"));
    expect(firstBatch(await runExported(blockDoc()))).toEqual(Array(5).fill("10"));
  });
});

describe("variable names", () => {
  it("never shadow what the exported programs use", async () => {
    const doc = loadExamples().find((e) => e.file === "windowed-word-count.json")!.doc;
    const renamed = {
      ...doc,
      nodes: doc.nodes.map((n, i) => ({ ...n, label: ["seed", "map", "reduce", "ssc", "print"][i] })),
    };
    const { code } = toTypeScript(renamed);
    expect(code).toContain("const seedStream = ssc.receiverStream(");
    expect(code).toContain("const mapStream = seedStream.flatMap(");
    expect(await runExported(renamed)).toEqual(await runCompiled(renamed));
  });
});
