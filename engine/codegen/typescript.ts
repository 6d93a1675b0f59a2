// Exports a pipeline document as a TypeScript program on the engine's public API, written as a user
// would write it by hand: one statement per node, the node labels as variable names, the user's
// functions inlined as typed. It runs headless with `npx tsx <file> [batches] [seed]` on the manual
// clock and prints what `dstream-studio run` prints for the same batches and seed.
import type { PipelineDocument } from "../graph/types";
import { commentLines, fileBase, isEmpty } from "./internals/literals";
import { isSeeded, planPipeline, type Step } from "./internals/plan";
import { inlineFunction, tsLiteral } from "./internals/tsFunctions";
import type { GeneratedCode } from "./internals/types";

interface Helpers {
  input: (i: number) => string;
  fn: (param: string) => string;
  lit: (param: string) => string;
  has: (param: string) => boolean;
  /** `seed(7, 0)`: the document's seed for this source, or the command line's. */
  seed: () => string;
  /** Declares `const <name><suffix> = expr;` before the node's statement and returns the name. */
  define: (suffix: string, expr: string) => string;
  use: (name: string) => void;
}

type Emit = (s: Step, h: Helpers) => string;

/** Optional trailing arguments: present ones in order, stopping at the first absent one. */
function trailing(h: Helpers, ...params: string[]): string {
  let out = "";
  for (const p of params) {
    if (!h.has(p)) break;
    out += `, ${h.lit(p)}`;
  }
  return out;
}

/** An empty slide is the parent's slide, which positional overloads need before numPartitions. */
const slideOrParent = (h: Helpers) => (h.has("slideMs") ? h.lit("slideMs") : `${h.input(0)}.slideDuration`);

const slideAndPartitions = (h: Helpers) =>
  h.has("numPartitions") ? `, ${slideOrParent(h)}, ${h.lit("numPartitions")}` : trailing(h, "slideMs");

const unary =
  (method: string, ...params: string[]): Emit =>
  (_s, h) =>
    `${h.input(0)}.${method}(${params.map((p) => (p.startsWith("fn:") ? h.fn(p.slice(3)) : h.lit(p))).join(", ")})`;

const withPartitions =
  (method: string, fnParam?: string): Emit =>
  (_s, h) => {
    const first = fnParam ? h.fn(fnParam) : "";
    const rest = trailing(h, "numPartitions");
    return `${h.input(0)}.${method}(${first}${first ? rest : rest.replace(/^, /, "")})`;
  };

const join =
  (method: string): Emit =>
  (_s, h) =>
    `${h.input(0)}.${method}(${h.input(1)}${trailing(h, "numPartitions")})`;

const EMITTERS: Record<string, Emit> = {
  queueStream: (_s, h) =>
    `ssc.queueStream(${h.lit("batches")}, ${h.lit("oneAtATime")}${h.has("defaultBatch") ? `, ${h.lit("defaultBatch")}` : ""})`,
  textLines: (s, h) => {
    h.use("TextLinesReceiver");
    const lines = h.define("Text", tsLiteral(String(s.params.lines ?? "").split("\n")));
    return `ssc.receiverStream(new TextLinesReceiver({ lines: ${lines}, recordsPerSecond: ${h.lit("rate")} }))`;
  },
  randomWords: (_s, h) => {
    h.use("RandomWordsReceiver");
    return `ssc.receiverStream(new RandomWordsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, vocabularySize: ${h.lit("vocabularySize")}, zipfExponent: ${h.lit("zipfExponent")}, wordsPerLine: ${h.lit("wordsPerLine")} }))`;
  },
  sensorReadings: (_s, h) => {
    h.use("SensorReadingsReceiver");
    return `ssc.receiverStream(new SensorReadingsReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, sensors: ${h.lit("sensors")}, outOfOrderFraction: ${h.lit("outOfOrderFraction")} }))`;
  },
  clickStream: (_s, h) => {
    h.use("ClickStreamReceiver");
    return `ssc.receiverStream(new ClickStreamReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, users: ${h.lit("users")}, pages: ${h.lit("pages")} }))`;
  },
  // Spark's ConstantInputDStream: an empty queue whose default RDD is the table, every batch.
  staticTable: (_s, h) => `ssc.queueStream([], true, ssc.sparkContext.parallelize(${h.lit("rows")}))`,
  map: unary("map", "fn:fn"),
  flatMap: unary("flatMap", "fn:fn"),
  filter: unary("filter", "fn:fn"),
  glom: unary("glom"),
  mapPartitions: unary("mapPartitions", "fn:fn"),
  repartition: unary("repartition", "numPartitions"),
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union([${s.inputs.map((_, i) => h.input(i)).join(", ")}])`,
  count: unary("count"),
  countByValue: withPartitions("countByValue"),
  reduce: unary("reduce", "fn:fn"),
  reduceByKey: withPartitions("reduceByKey", "fn"),
  groupByKey: withPartitions("groupByKey"),
  combineByKey: (_s, h) =>
    `${h.input(0)}.combineByKey(${h.fn("createCombiner")}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}${trailing(h, "numPartitions")})`,
  mapValues: unary("mapValues", "fn:fn"),
  flatMapValues: unary("flatMapValues", "fn:fn"),
  transform: (_s, h) => {
    const fn = h.define("Fn", h.fn("fn"));
    const table = h.has("table")
      ? h.define("Table", `ssc.sparkContext.parallelize(${h.lit("table")})`)
      : "undefined";
    return `${h.input(0)}.transform((rdd, timeMs) => ${fn}(rdd, timeMs, ${table}))`;
  },
  transformWith: (_s, h) => `${h.input(0)}.transformWith(${h.input(1)}, ${h.fn("fn")})`,
  join: join("join"),
  leftOuterJoin: join("leftOuterJoin"),
  rightOuterJoin: join("rightOuterJoin"),
  fullOuterJoin: join("fullOuterJoin"),
  cogroup: join("cogroup"),
  window: (_s, h) => `${h.input(0)}.window(${h.lit("windowMs")}${trailing(h, "slideMs")})`,
  countByWindow: (_s, h) => `${h.input(0)}.countByWindow(${h.lit("windowMs")}, ${h.lit("slideMs")})`,
  reduceByWindow: (_s, h) =>
    `${h.input(0)}.reduceByWindow(${h.fn("fn")}, ${h.has("invFn") ? `${h.fn("invFn")}, ` : ""}${h.lit("windowMs")}, ${h.lit("slideMs")})`,
  reduceByKeyAndWindow: (_s, h) => {
    if (!h.has("invFn"))
      return `${h.input(0)}.reduceByKeyAndWindow(${h.fn("fn")}, ${h.lit("windowMs")}${slideAndPartitions(h)})`;
    const parts = h.has("numPartitions") ? h.lit("numPartitions") : "undefined";
    const filter = h.has("filterFunc")
      ? `, ${parts}, ${h.fn("filterFunc")}`
      : h.has("numPartitions")
        ? `, ${parts}`
        : "";
    return `${h.input(0)}.reduceByKeyAndWindow(${h.fn("fn")}, ${h.fn("invFn")}, ${h.lit("windowMs")}, ${slideOrParent(h)}${filter})`;
  },
  countByValueAndWindow: (_s, h) =>
    `${h.input(0)}.countByValueAndWindow(${h.lit("windowMs")}, ${h.lit("slideMs")}${trailing(h, "numPartitions")})`,
  groupByKeyAndWindow: (_s, h) =>
    `${h.input(0)}.groupByKeyAndWindow(${h.lit("windowMs")}${slideAndPartitions(h)})`,
  updateStateByKey: (_s, h) => {
    const options = [
      ...(h.has("initialState") ? [`initialState: ${h.lit("initialState")}`] : []),
      ...(h.has("numPartitions") ? [`numPartitions: ${h.lit("numPartitions")}`] : []),
    ];
    return `${h.input(0)}.updateStateByKey(${h.fn("fn")}${options.length ? `, { ${options.join(", ")} }` : ""})`;
  },
  mapWithState: (s, h) => {
    h.use("StateSpec");
    let spec = `StateSpec.function(${h.fn("fn")})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.lit("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(${h.lit("initialState")})`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
  print: unary("print", "num"),
  foreachRDD: (s, h) => {
    h.use("formatRecord");
    const label = (s.node.label || s.node.id).replace(/[`\\$]/g, "");
    return [
      `${h.input(0)}.foreachRDD((rdd, timeMs) => {`,
      `  console.log(\`${label} at \${timeMs} ms:\`);`,
      `  for (const record of rdd.take(${h.lit("limit")})) console.log(formatRecord(record));`,
      "})",
    ].join("\n");
  },
  saveAsTextFiles: (_s, h) => `${h.input(0)}.saveAsTextFiles(${h.lit("prefix")}${trailing(h, "suffix")})`,
};

export function toTypeScript(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const imports = new Set(["StreamingContext"]);
  const body: string[] = [];
  let sourceIndex = 0;
  for (const s of plan.steps) {
    const before: string[] = [];
    const seedIndex = isSeeded(s.spec) ? sourceIndex++ : -1;
    const h: Helpers = {
      input: (i) => s.inputs[i] ?? "undefined",
      fn: (param) => inlineFunction(s.params[param]),
      lit: (param) => tsLiteral(s.params[param]),
      has: (param) => !isEmpty(s.params[param]),
      seed: () => `seed(${tsLiteral(s.params.seed)}, ${seedIndex})`,
      define: (suffix, expr) => {
        before.push(`const ${s.name}${suffix} = ${expr};`);
        return `${s.name}${suffix}`;
      },
      use: (name) => imports.add(name),
    };
    const emit = EMITTERS[s.node.kind];
    if (!emit) throw new Error(`node "${s.node.id}": no TypeScript export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    body.push(...before, s.spec.isOutput ? `${statement};` : `const ${s.name} = ${statement};`);
  }
  const file = `${fileBase(doc.name)}.ts`;
  const code = [
    `// ${doc.name}: exported from DStream Studio as a TypeScript program on the engine's public API.`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    `// Run it headless on the manual clock: npx tsx ${file} [batches]${sourceIndex === 0 ? "" : " [seed]"}`,
    `import { ${[...imports].sort().join(", ")} } from "dstream-studio/engine";`,
    "",
    "const BATCHES = process.argv[2] === undefined ? 10 : Number(process.argv[2]);",
    ...(sourceIndex === 0
      ? []
      : [
          "const SEED = process.argv[3] === undefined ? undefined : Number(process.argv[3]);",
          "/** A generated source's seed: the pipeline's own, or SEED + its position when a seed is given. */",
          "const seed = (own: number, position: number) => (SEED === undefined ? own : SEED + position);",
        ]),
    "",
    `const ssc = new StreamingContext({ batchIntervalMs: ${doc.batchIntervalMs}, clock: "manual", defaultParallelism: ${doc.settings.defaultParallelism} });`,
    ...(plan.checkpoint
      ? [`ssc.checkpoint(${JSON.stringify(doc.settings.checkpointDir || "checkpoint")});`]
      : []),
    "",
    ...body,
    "",
    "ssc.start();",
    "await ssc.advance(BATCHES);",
    "ssc.stop();",
    "",
  ].join("\n");
  return { code, stubs: [], filename: file };
}
