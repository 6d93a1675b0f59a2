import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import type { State } from "../operators/State";
import { StateSpec } from "../operators/StateSpec";
import { StreamingContext } from "../scheduler/StreamingContext";
import { compilePipeline, PipelineInvalidError } from "./compile";
import { NodeError } from "./guard";
import { chain, doc, edge, node } from "./testPipelines";

const input = [["a b a", "b c"], [], ["c a"], ["a"]];

/** Collects each batch's records of a stream, sorted, by batch time. */
function collect(stream: DStream<any>): Map<number, unknown[]> {
  const seen = new Map<number, unknown[]>();
  stream.foreachRDD((rdd, t) =>
    seen.set(
      t,
      rdd
        .collect()
        .map((r) => JSON.stringify(r))
        .sort(),
    ),
  );
  return seen;
}

async function runCompiled(
  nodes: ReturnType<typeof node>[],
  edges: ReturnType<typeof edge>[],
  observe: string,
  batches = 4,
) {
  const compiled = compilePipeline(doc(nodes, edges, { settings: { checkpointDir: "/tmp/cp" } }));
  const seen = collect(compiled.streams.get(observe)!);
  compiled.ssc.start();
  await compiled.ssc.advance(batches);
  compiled.ssc.stop();
  return seen;
}

async function runByHand(build: (ssc: StreamingContext) => DStream<any>, batches = 4) {
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", out: () => {} });
  ssc.checkpoint("/tmp/cp");
  const seen = collect(build(ssc));
  ssc.start();
  await ssc.advance(batches);
  ssc.stop();
  return seen;
}

describe("compilePipeline", () => {
  it("word count: the document gives the same batches as the engine API", async () => {
    const nodes = [
      node("q", "queueStream", { batches: input }),
      node("words", "flatMap", { fn: '(line: string) => line.split(" ")' }),
      node("pairs", "map", { fn: "(w) => [w, 1]" }),
      node("counts", "reduceByKey", { fn: "(a, b) => a + b" }),
      node("out", "print"),
    ];
    const compiled = await runCompiled(nodes, chain(nodes), "counts");
    const byHand = await runByHand((ssc) =>
      ssc
        .queueStream<string>(input.map((b) => [...b]))
        .flatMap((l) => l.split(" "))
        .map((w): [string, number] => [w, 1])
        .reduceByKey((a, b) => a + b),
    );
    expect(compiled).toEqual(byHand);
    expect(compiled.get(1000)).toEqual(['["a",2]', '["b",2]', '["c",1]']);
  });

  it("joins a stream with a static table through transform and through join", async () => {
    const rows = [
      ["a", "A"],
      ["b", "B"],
    ];
    const nodes = [
      node("q", "queueStream", { batches: input }),
      node("words", "flatMap", { fn: '(l) => l.split(" ")' }),
      node("pairs", "map", { fn: "(w) => [w, 1]" }),
      node("t", "transform", { fn: "(rdd, time, table) => rdd.join(table)", table: rows }),
      node("table", "staticTable", { rows }),
      node("j", "leftOuterJoin"),
      node("out", "print"),
      node("out2", "print"),
    ];
    const edges = [
      ...chain(nodes.slice(0, 4)),
      edge("t", "out"),
      edge("pairs", "j", "left"),
      edge("table", "j", "right"),
      edge("j", "out2"),
    ];
    const viaTransform = await runCompiled(nodes, edges, "t");
    const viaJoin = await runCompiled(nodes, edges, "j");
    const byHand = await runByHand((ssc) => {
      const table = ssc.sparkContext.parallelize(rows as [string, string][]);
      return ssc
        .queueStream<string>(input.map((b) => [...b]))
        .flatMap((l) => l.split(" "))
        .map((w): [string, number] => [w, 1])
        .transform((rdd) => rdd.join(table));
    });
    expect(viaTransform).toEqual(byHand);
    expect(viaTransform.get(1000)).toEqual([
      '["a",[1,"A"]]',
      '["a",[1,"A"]]',
      '["b",[1,"B"]]',
      '["b",[1,"B"]]',
    ]);
    expect(viaJoin.get(3000)).toEqual(['["a",[1,"A"]]', '["c",[1,null]]']);
  });

  it("unions n inputs", async () => {
    const nodes = [
      node("q1", "queueStream", { batches: [["x"], ["y"]] }),
      node("q2", "queueStream", { batches: [["z"]] }),
      node("q3", "queueStream", { batches: [[], ["w"]] }),
      node("u", "union"),
      node("out", "print"),
    ];
    const seen = await runCompiled(
      nodes,
      [edge("q1", "u"), edge("q2", "u"), edge("q3", "u"), edge("u", "out")],
      "u",
      2,
    );
    expect([...seen.values()]).toEqual([
      ['"x"', '"z"'],
      ['"w"', '"y"'],
    ]);
  });

  it("refuses an invalid document with the validator's issues", () => {
    const nodes = [node("q", "queueStream"), node("m", "map")];
    expect(() => compilePipeline(doc(nodes, chain(nodes)))).toThrow(PipelineInvalidError);
    expect(() => compilePipeline(doc(nodes, chain(nodes)))).toThrow(
      "No output operations registered, so nothing to execute",
    );
  });

  it("turns an exception in a user function into a NodeError with the record", async () => {
    const nodes = [
      node("q", "queueStream", { batches: [["ok", "boom"]] }),
      node("m", "map", { fn: '(s) => { if (s === "boom") throw new Error("bad record"); return s; }' }),
      node("out", "print"),
    ];
    const compiled = compilePipeline(doc(nodes, chain(nodes)));
    compiled.ssc.start();
    const error = await compiled.ssc.advance(1).catch((e) => e);
    compiled.ssc.stop();
    expect(error).toBeInstanceOf(NodeError);
    expect(error).toMatchObject({ nodeId: "m", message: "Error: bad record", record: '"boom"', param: "fn" });
  });

  it("delivers print lines and foreachRDD rows per node", async () => {
    const printed: [string, string[]][] = [];
    const rows: [string, unknown[], boolean][] = [];
    const nodes = [
      node("q", "queueStream", { batches: [["a", "b", "c"]] }),
      node("p", "print", { num: 2 }),
      node("f", "foreachRDD", { limit: 2 }),
    ];
    const compiled = compilePipeline(doc(nodes, [edge("q", "p"), edge("q", "f")]), {
      sink: {
        print: (id, _t, lines) => printed.push([id, lines]),
        records: (id, _t, _k, records, truncated) => rows.push([id, records, truncated]),
      },
    });
    compiled.ssc.start();
    await compiled.ssc.advance(1);
    compiled.ssc.stop();
    expect(printed).toEqual([
      [
        "p",
        [
          "-------------------------------------------",
          "Time: 1000 ms",
          "-------------------------------------------",
          "a",
          "b",
          "...",
          "",
        ],
      ],
    ]);
    expect(rows).toEqual([["f", ["a", "b"], true]]);
  });
});

describe("compilePipeline, windows, state and generated sources", () => {
  it("windowed word count with an inverse function equals the engine API", async () => {
    const nodes = [
      node("q", "queueStream", { batches: input }),
      node("words", "flatMap", { fn: '(l) => l.split(" ")' }),
      node("pairs", "map", { fn: "(w) => [w, 1]" }),
      node("win", "reduceByKeyAndWindow", {
        fn: "(a, b) => a + b",
        invFn: "(a, b) => a - b",
        windowMs: 2000,
        slideMs: 1000,
        filterFunc: "([k, v]) => v > 0",
      }),
      node("out", "print"),
    ];
    const compiled = await runCompiled(nodes, chain(nodes), "win");
    const byHand = await runByHand((ssc) =>
      (
        ssc
          .queueStream<string>(input.map((b) => [...b]))
          .flatMap((l) => l.split(" "))
          .map((w): [string, number] => [w, 1]) as any
      ).reduceByKeyAndWindow(
        (a: number, b: number) => a + b,
        (a: number, b: number) => a - b,
        2000,
        1000,
        undefined,
        ([, v]: [string, number]) => v > 0,
      ),
    );
    expect(compiled).toEqual(byHand);
    expect(compiled.get(3000)).toEqual(['["a",1]', '["c",1]']);
  });

  it("running count with updateStateByKey equals the engine API", async () => {
    const fn = "(values, state) => (state ?? 0) + values.reduce((a, b) => a + b, 0)";
    const nodes = [
      node("q", "queueStream", { batches: input }),
      node("words", "flatMap", { fn: '(l) => l.split(" ")' }),
      node("pairs", "map", { fn: "(w) => [w, 1]" }),
      node("state", "updateStateByKey", { fn }),
      node("out", "print"),
    ];
    const compiled = await runCompiled(nodes, chain(nodes), "state");
    const byHand = await runByHand((ssc) =>
      (
        ssc
          .queueStream<string>(input.map((b) => [...b]))
          .flatMap((l) => l.split(" "))
          .map((w): [string, number] => [w, 1]) as any
      ).updateStateByKey(
        (values: number[], state: number | undefined) => (state ?? 0) + values.reduce((a, b) => a + b, 0),
      ),
    );
    expect(compiled).toEqual(byHand);
    expect(compiled.get(4000)).toEqual(['["a",4]', '["b",2]', '["c",2]']);
  });

  it("a random-words source is deterministic from its seed", async () => {
    const run = async (seed: number) => {
      const nodes = [node("src", "randomWords", { seed, rate: 3 }), node("out", "print")];
      return runCompiled(nodes, chain(nodes), "src", 2);
    };
    const a = await run(7);
    expect(await run(7)).toEqual(a);
    expect(await run(8)).not.toEqual(a);
    expect(a.get(1000)).toHaveLength(3);
  });

  it("reports records that are not pairs at the pair operator, when pair-ness was unknown", async () => {
    const nodes = [
      node("q", "queueStream", { batches: [["a b"]] }),
      node("words", "flatMap", { fn: '(l) => l.split(" ")' }),
      node("r", "reduceByKey"),
      node("out", "print"),
    ];
    const compiled = compilePipeline(doc(nodes, chain(nodes)));
    compiled.ssc.start();
    const error = await compiled.ssc.advance(1).catch((e) => e);
    compiled.ssc.stop();
    expect(error).toBeInstanceOf(NodeError);
    expect(error).toMatchObject({
      nodeId: "r",
      message: 'reduceByKey needs [key, value] pairs, but received "a"',
    });
  });
});

describe("compilePipeline, mapWithState", () => {
  it("with a timeout and state snapshots equals the engine API", async () => {
    const fn =
      "(key, value, state) => { if (state.isTimingOut()) return undefined; const s = (state.getOption() ?? 0) + (value ?? 0); state.update(s); return [key, s]; }";
    const batches = [
      [
        ["a", 1],
        ["b", 1],
      ],
      [["a", 2]],
      [],
      [],
      [["b", 5]],
    ];
    const nodes = [
      node("q", "queueStream", { batches }),
      node("st", "mapWithState", { fn, timeoutMs: 2000, stateSnapshots: true }),
      node("out", "print"),
    ];
    const compiled = await runCompiled(nodes, chain(nodes), "st", 5);
    const byHand = await runByHand((ssc) => {
      const spec = StateSpec.function((key: string, value: number | undefined, state: State<number>) => {
        if (state.isTimingOut()) return undefined;
        const s = (state.getOption() ?? 0) + (value ?? 0);
        state.update(s);
        return [key, s];
      }).timeout(2000);
      return (ssc.queueStream<[string, number]>(batches.map((b) => [...b]) as [string, number][][]) as any)
        .mapWithState(spec)
        .stateSnapshots();
    }, 5);
    expect(compiled).toEqual(byHand);
    expect(compiled.get(2000)).toEqual(['["a",3]', '["b",1]']);
  });
});
