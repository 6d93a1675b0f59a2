// The documents the differential test runs: every gallery example (as it is, and with its generated
// sources replaced by queues of the records the engine generated, so its operators are checked before
// the sources are ported), one document per node kind and parameter form, and documents generated with
// fast-check from a fixed seed (the corpus is the same on every run).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { getKind, needsCheckpoint } from "../../engine/graph/catalog";
import { compilePipeline } from "../../engine/graph/compile";
import { pipelineFromJson } from "../../engine/graph/jsonIO";
import { chain, doc, edge, node } from "../../engine/graph/testPipelines";
import type { PipelineDocument, PipelineNode } from "../../engine/graph/types";
import { InMemoryFileSystem } from "../../engine/sinks/fileSystem";

export interface CorpusEntry {
  name: string;
  doc: PipelineDocument;
  batches: number;
  /** Only the Scala export can express it (PySpark has no mapWithState). */
  scalaOnly?: boolean;
}

const LINES = [["a b a", "c b"], ["b c", "d"], [], ["a a d", "e b c"], ["c"], ["d e", "a"]];
const PAIRS = [
  [
    ["a", 1],
    ["b", 2],
    ["a", 3],
  ],
  [
    ["b", 1],
    ["c", 5],
  ],
  [],
  [
    ["a", 2],
    ["c", 1],
    ["c", 1],
  ],
  [["d", 4]],
  [["a", 1]],
];
const TABLE = [
  ["a", "Ada"],
  ["b", "Bob"],
  ["e", "Eve"],
];

async function gallery(root: string): Promise<CorpusEntry[]> {
  const dir = join(root, "public/examples");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "index.json");
  const out: CorpusEntry[] = [];
  for (const f of files.sort()) {
    const parsed = pipelineFromJson(readFileSync(join(dir, f), "utf8"));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.errors[0]}`);
    const name = `gallery/${f.replace(/\.json$/, "")}`;
    const d = capRates(parsed.doc);
    out.push({ name, doc: d, batches: 6 });
    out.push({ name: `${name} (queued)`, doc: await queued(d, 6), batches: 6 });
  }
  return out;
}

/** Generated sources at most MAX_RATE records/s (the backpressure example makes 30000 lines/s). */
const MAX_RATE = 50;
function capRates(d: PipelineDocument): PipelineDocument {
  return {
    ...d,
    nodes: d.nodes.map((n) =>
      typeof n.params.rate === "number" && n.params.rate > MAX_RATE
        ? { ...n, params: { ...n.params, rate: MAX_RATE } }
        : n,
    ),
  };
}

/** The document with each generated source replaced by a queueStream of what it generated. */
export async function queued(d: PipelineDocument, batches: number): Promise<PipelineDocument> {
  const generated = d.nodes.filter(
    (n) => getKind(n.kind)?.category === "source" && n.kind !== "queueStream" && n.kind !== "staticTable",
  );
  if (generated.length === 0) return d;
  const compiled = compilePipeline(d, { fileSystem: new InMemoryFileSystem() });
  const seen = new Map<string, unknown[][]>(generated.map((n) => [n.id, []]));
  for (const n of generated)
    compiled.streams.get(n.id)!.foreachRDD((rdd: { collectPartitions(): unknown[][] }) => {
      seen.get(n.id)!.push(rdd.collectPartitions().flat());
    });
  compiled.ssc.start();
  await compiled.ssc.advance(batches);
  compiled.ssc.stop();
  return {
    ...d,
    nodes: d.nodes.map((n) =>
      seen.has(n.id)
        ? { ...n, kind: "queueStream", params: { batches: seen.get(n.id), oneAtATime: true } }
        : n,
    ),
  };
}

const lines = (id = "src", batches: unknown[][] = LINES) => node(id, "queueStream", { batches });
const words = () => node("words", "flatMap", { fn: '(line) => line.split(" ")' });
const pairs = () => node("pairs", "map", { fn: "(w) => [w, 1]" });
const pairSource = (id = "src", batches: unknown[][] = PAIRS) => node(id, "queueStream", { batches });

function entry(name: string, nodes: PipelineNode[], extra: Partial<CorpusEntry> = {}, checkpoint = false) {
  checkpoint ||= nodes.some((n) => needsCheckpoint(getKind(n.kind)!, n.params));
  return {
    name: `kind/${name}`,
    doc: doc(nodes, chain(nodes), { settings: checkpoint ? { checkpointDir: "checkpoint" } : {} }),
    batches: 6,
    ...extra,
  };
}

/** A pair stream into `op`, printed. */
function keyed(
  name: string,
  kind: string,
  params: Record<string, unknown> = {},
  extra: Partial<CorpusEntry> = {},
) {
  const needs = needsCheckpoint(getKind(kind)!, params);
  return entry(
    name,
    [pairSource(), node("op", kind, params), node("out", "print", { num: 20 })],
    extra,
    needs,
  );
}

function plain(name: string, kind: string, params: Record<string, unknown> = {}) {
  return entry(name, [lines(), words(), node("op", kind, params), node("out", "print", { num: 20 })]);
}

function twoInputs(name: string, kind: string, params: Record<string, unknown>, right: PipelineNode) {
  const nodes = [pairSource("left"), right, node("op", kind, params), node("out", "print", { num: 20 })];
  return {
    name: `kind/${name}`,
    doc: doc(nodes, [edge("left", "op", "left"), edge(right.id, "op", "right"), edge("op", "out")]),
    batches: 6,
  };
}

function handWritten(): CorpusEntry[] {
  const sum = "(a, b) => a + b";
  const out: CorpusEntry[] = [
    plain("map", "map", { fn: "(w) => w.toUpperCase()" }),
    plain("map-length", "map", { fn: "(w) => w.length" }),
    plain("flatMap", "flatMap", { fn: "(w) => [w, w]" }),
    plain("filter", "filter", { fn: '(w) => w !== "a"' }),
    plain("glom", "glom"),
    plain("mapPartitions", "mapPartitions", { fn: "(records) => [Array.from(records).length]" }),
    plain("repartition", "repartition", { numPartitions: 3 }),
    plain("count", "count"),
    plain("countByValue", "countByValue"),
    plain("countByValue-numPartitions", "countByValue", { numPartitions: 3 }),
    entry("reduce", [
      lines(),
      words(),
      node("len", "map", { fn: "(w) => w.length" }),
      node("op", "reduce", { fn: sum }),
      node("out", "print"),
    ]),
    keyed("reduceByKey", "reduceByKey", { fn: sum }),
    keyed("reduceByKey-numPartitions", "reduceByKey", { fn: "(a, b) => Math.max(a, b)", numPartitions: 3 }),
    keyed("groupByKey", "groupByKey"),
    keyed("groupByKey-numPartitions", "groupByKey", { numPartitions: 1 }),
    keyed("combineByKey", "combineByKey", {}),
    keyed("combineByKey-numPartitions", "combineByKey", { numPartitions: 3 }),
    keyed("mapValues", "mapValues", { fn: "(v) => v * 10" }),
    keyed("flatMapValues", "flatMapValues", { fn: "(v) => [v, v + 1]" }),
    plain("transform", "transform", { fn: '(rdd) => rdd.filter((x) => x !== "b")' }),
    plain("transform-time", "transform", { fn: "(rdd, timeMs) => rdd.map((x) => [x, timeMs])" }),
    keyed("transform-table", "transform", { fn: "(rdd, timeMs, table) => rdd.join(table)", table: TABLE }),
    // keys of both types: the Scala export widens the stream's keys to Any, whatever the table is called
    keyed("transform-table-mixed-keys", "transform", {
      fn: "(rdd, timeMs, lookup) => rdd.leftOuterJoin(lookup)",
      table: [...TABLE, [1, "one"]],
    }),
    plain("transform-distinct", "transform", { fn: "(rdd) => rdd.distinct()" }),
    plain("transform-sortBy", "transform", { fn: "(rdd) => rdd.sortBy((x) => x)" }),
    plain("cache", "cache"),
    plain("checkpoint", "checkpoint", { intervalMs: 2000 }),
    ...["MEMORY_ONLY_SER", "MEMORY_ONLY", "MEMORY_AND_DISK", "DISK_ONLY", "MEMORY_ONLY_2", "OFF_HEAP"].map(
      (level) => plain(`persist-${level}`, "persist", { storageLevel: level }),
    ),
    plain("window", "window", { windowMs: 3000 }),
    plain("window-slide", "window", { windowMs: 4000, slideMs: 2000 }),
    plain("countByWindow", "countByWindow", { windowMs: 3000, slideMs: 1000 }),
    entry("reduceByWindow", [
      lines(),
      words(),
      node("len", "map", { fn: "(w) => w.length" }),
      node("op", "reduceByWindow", { fn: sum, windowMs: 3000, slideMs: 1000 }),
      node("out", "print"),
    ]),
    entry(
      "reduceByWindow-inv",
      [
        lines(),
        words(),
        node("len", "map", { fn: "(w) => w.length" }),
        node("op", "reduceByWindow", { fn: sum, invFn: "(a, b) => a - b", windowMs: 3000, slideMs: 1000 }),
        node("out", "print"),
      ],
      {},
      true,
    ),
    keyed("reduceByKeyAndWindow", "reduceByKeyAndWindow", { fn: sum, windowMs: 3000 }),
    keyed("reduceByKeyAndWindow-slide", "reduceByKeyAndWindow", { fn: sum, windowMs: 4000, slideMs: 2000 }),
    keyed("reduceByKeyAndWindow-numPartitions", "reduceByKeyAndWindow", {
      fn: sum,
      windowMs: 3000,
      slideMs: 1000,
      numPartitions: 3,
    }),
    keyed("reduceByKeyAndWindow-inv", "reduceByKeyAndWindow", {
      fn: sum,
      invFn: "(a, b) => a - b",
      windowMs: 3000,
      slideMs: 1000,
    }),
    keyed("reduceByKeyAndWindow-inv-filter", "reduceByKeyAndWindow", {
      fn: sum,
      invFn: "(a, b) => a - b",
      windowMs: 3000,
      slideMs: 1000,
      filterFunc: "([k, v]) => v > 0",
    }),
    plain("countByValueAndWindow", "countByValueAndWindow", { windowMs: 3000, slideMs: 1000 }),
    plain("countByValueAndWindow-numPartitions", "countByValueAndWindow", {
      windowMs: 3000,
      slideMs: 1000,
      numPartitions: 3,
    }),
    keyed("groupByKeyAndWindow", "groupByKeyAndWindow", { windowMs: 3000 }),
    keyed("groupByKeyAndWindow-slide", "groupByKeyAndWindow", { windowMs: 4000, slideMs: 2000 }),
    keyed("groupByKeyAndWindow-numPartitions", "groupByKeyAndWindow", {
      windowMs: 3000,
      slideMs: 1000,
      numPartitions: 3,
    }),
    keyed("updateStateByKey", "updateStateByKey", {}),
    keyed("updateStateByKey-initial", "updateStateByKey", {
      initialState: [
        ["a", 100],
        ["z", 1],
      ],
    }),
    keyed("updateStateByKey-numPartitions", "updateStateByKey", { numPartitions: 3 }),
    keyed("updateStateByKey-drop", "updateStateByKey", {
      fn: "(values, state) => values.length === 0 ? undefined : (state ?? 0) + values.length",
    }),
    keyed("mapWithState", "mapWithState", {}, { scalaOnly: true }),
    keyed("mapWithState-timeout", "mapWithState", { timeoutMs: 2000 }, { scalaOnly: true }),
    keyed("mapWithState-initial", "mapWithState", { initialState: [["a", 100]] }, { scalaOnly: true }),
    keyed(
      "mapWithState-snapshots",
      "mapWithState",
      { stateSnapshots: true, numPartitions: 3 },
      { scalaOnly: true },
    ),
    entry("print-truncated", [lines(), words(), node("out", "print", { num: 2 })]),
    entry("foreachRDD", [lines(), words(), node("out", "foreachRDD", { limit: 100 })]),
    entry("saveAsTextFiles", [
      lines(),
      words(),
      node("out", "saveAsTextFiles", { prefix: "out/words", suffix: "txt" }),
    ]),
    entry("saveAsObjectFiles", [
      lines(),
      words(),
      node("out", "saveAsObjectFiles", { prefix: "out/objects", suffix: "obj" }),
    ]),
    entry("saveToDatabase", [
      pairSource(),
      node("op", "reduceByKey", { fn: sum }),
      node("out", "saveToDatabase", { table: "counts", file: "studio.db" }),
    ]),
    entry("saveAsTextFiles-no-suffix", [
      lines(),
      words(),
      node("out", "saveAsTextFiles", { prefix: "out/words", suffix: "" }),
    ]),
    entry("queueStream-all-at-once", [
      node("src", "queueStream", { batches: LINES, oneAtATime: false }),
      node("out", "print"),
    ]),
    entry("queueStream-default", [
      node("src", "queueStream", { batches: [["x"]], defaultBatch: ["d1", "d2"] }),
      node("out", "print"),
    ]),
    entry("staticTable", [node("src", "staticTable", { rows: TABLE }), node("out", "print")]),
    entry("textLines", [node("src", "textLines", { lines: "a b\nc d\ne", rate: 2 }), node("out", "print")]),
    entry("randomWords", [node("src", "randomWords", { rate: 5 }), node("out", "print")]),
    entry("sensorReadings", [node("src", "sensorReadings", { rate: 5 }), node("out", "print")]),
    entry("clickStream", [node("src", "clickStream", { rate: 5 }), node("out", "print")]),
    entry("stockTicker", [
      node("src", "stockTicker", { rate: 7, symbols: "ACME, GLOBEX", outOfOrderFraction: 0.3 }),
      node("out", "print", { num: 20 }),
    ]),
  ];
  for (const kind of ["join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup"]) {
    out.push(twoInputs(`${kind}-stream`, kind, {}, pairSource("right", [...PAIRS].reverse())));
    out.push(
      twoInputs(`${kind}-table`, kind, { numPartitions: 3 }, node("right", "staticTable", { rows: TABLE })),
    );
  }
  const union3 = [
    lines("l1"),
    lines("l2", [...LINES].reverse()),
    lines("l3", [["z"]]),
    node("op", "union"),
    node("out", "print", { num: 30 }),
  ];
  out.push({
    name: "kind/union",
    doc: doc(union3, [edge("l1", "op"), edge("l2", "op"), edge("l3", "op"), edge("op", "out")]),
    batches: 6,
  });
  const tw = [
    pairSource("left"),
    pairSource("right", [...PAIRS].reverse()),
    node("op", "transformWith", { fn: "(left, right) => left.union(right)" }),
    node("out", "print", { num: 20 }),
  ];
  out.push({
    name: "kind/transformWith",
    doc: doc(tw, [edge("left", "op", "left"), edge("right", "op", "right"), edge("op", "out")]),
    batches: 6,
  });
  const twt = tw.map((n) =>
    n.id === "op" ? node("op", "transformWith", { fn: "(left, right, timeMs) => left.join(right)" }) : n,
  );
  out.push({
    name: "kind/transformWith-time",
    doc: doc(twt, [edge("left", "op", "left"), edge("right", "op", "right"), edge("op", "out")]),
    batches: 6,
  });
  const multi = [
    lines(),
    words(),
    pairs(),
    node("counts", "reduceByKey", { fn: sum }),
    node("p1", "print", { num: 3 }),
    node("f1", "foreachRDD", {}),
    node("s1", "saveAsTextFiles", { prefix: "out/counts" }),
  ];
  out.push({
    name: "kind/three-outputs",
    doc: doc(multi, [...chain(multi.slice(0, 5)), edge("counts", "f1"), edge("counts", "s1")]),
    batches: 6,
  });
  return out;
}

// Generated documents: a queue of lines from a small vocabulary, string steps, a step to pairs, keyed
// steps (some windowed or stateful), one or two outputs. Every function is one a user could write.
const VOCABULARY = ["a", "b", "c", "dd", "e", "ab"];
const STRING_STEPS: [string, Record<string, unknown>][] = [
  ["map", { fn: "(w) => w.toUpperCase()" }],
  ["map", { fn: "(w) => w + w" }],
  ["map", { fn: '(w) => w + "!"' }],
  ["filter", { fn: "(w) => w.length > 1" }],
  ["filter", { fn: '(w) => w !== "b"' }],
  ["flatMap", { fn: "(w) => [w, w]" }],
  ["repartition", { numPartitions: 3 }],
  ["cache", {}],
  ["transform", { fn: "(rdd) => rdd.distinct()" }],
];
const TO_PAIRS: [string, Record<string, unknown>][] = [
  ["map", { fn: "(w) => [w, 1]" }],
  ["map", { fn: "(w) => [w, w.length]" }],
  ["map", { fn: "(w) => [w.length, w]" }],
];
const NUMERIC_KEYED_STEPS: [string, Record<string, unknown>][] = [
  ["reduceByKey", { fn: "(a, b) => a + b" }],
  ["reduceByKey", { fn: "(a, b) => Math.max(a, b)", numPartitions: 3 }],
  ["mapValues", { fn: "(v) => v * 3" }],
  ["mapValues", { fn: "(v) => v / 2" }],
  ["mapValues", { fn: "(v) => v % 2" }],
  ["reduceByKeyAndWindow", { fn: "(a, b) => a + b", windowMs: 2000, slideMs: 1000 }],
  [
    "reduceByKeyAndWindow",
    { fn: "(a, b) => a + b", invFn: "(a, b) => a - b", windowMs: 3000, slideMs: 1000 },
  ],
  ["updateStateByKey", {}],
  ["transform", { fn: "(rdd) => rdd.sortByKey()" }],
];
const ANY_KEYED_STEPS: [string, Record<string, unknown>][] = [
  ["groupByKey", {}],
  ["groupByKeyAndWindow", { windowMs: 2000, slideMs: 1000 }],
  ["window", { windowMs: 2000, slideMs: 2000 }],
  ["countByValue", {}],
  [
    "transform",
    {
      fn: "(rdd, timeMs, table) => rdd.leftOuterJoin(table)",
      table: [
        [1, "one"],
        ["a", "A"],
        [2, "two"],
      ],
    },
  ],
];
const OUTPUTS: [string, Record<string, unknown>][] = [
  ["print", { num: 3 }],
  ["print", { num: 20 }],
  ["foreachRDD", {}],
  ["saveAsTextFiles", { prefix: "out/gen", suffix: "txt" }],
];

const stepOf = (steps: [string, Record<string, unknown>][]) =>
  fc.constantFrom(...steps.map(([kind, params]) => ({ kind, params })));

const generatedArbitrary = fc.record({
  batches: fc.array(
    fc.array(
      fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")),
      { maxLength: 3 },
    ),
    { minLength: 2, maxLength: 5 },
  ),
  strings: fc.array(stepOf(STRING_STEPS), { maxLength: 2 }),
  toPairs: stepOf(TO_PAIRS),
  numeric: fc.array(stepOf(NUMERIC_KEYED_STEPS), { maxLength: 2 }),
  any: fc.option(stepOf(ANY_KEYED_STEPS), { nil: undefined }),
  outputs: fc.array(stepOf(OUTPUTS), { minLength: 1, maxLength: 2 }),
});

export function generated(count: number, seed = 20261202): CorpusEntry[] {
  return fc.sample(generatedArbitrary, { seed, numRuns: count }).map((g, i) => {
    const steps = [
      ...g.strings,
      g.toPairs,
      ...(g.toPairs.params.fn === "(w) => [w.length, w]" ? [] : g.numeric),
      ...(g.any ? [g.any] : []),
    ];
    const nodes = [
      node("src", "queueStream", { batches: g.batches }),
      ...steps.map((s, j) => node(`n${j}`, s.kind, s.params)),
    ];
    const last = nodes.at(-1)!.id;
    const outputs = g.outputs.map((o, j) => node(`out${j}`, o.kind, o.params));
    const checkpoint = steps.some((s) => needsCheckpoint(getKind(s.kind)!, s.params));
    return {
      name: `generated/${String(i).padStart(3, "0")}`,
      doc: doc([...nodes, ...outputs], [...chain(nodes), ...outputs.map((o) => edge(last, o.id))], {
        settings: checkpoint ? { checkpointDir: "checkpoint" } : {},
      }),
      batches: 4,
    };
  });
}

export async function corpus(root: string, generatedCount: number): Promise<CorpusEntry[]> {
  return [...(await gallery(root)), ...handWritten(), ...generated(generatedCount)];
}
