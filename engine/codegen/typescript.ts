// Exports a pipeline document as a TypeScript program on the engine's public API, written as a user
// would write it by hand: one statement per node, the node labels as variable names, the user's
// functions inlined as typed. It runs headless with `npx tsx <file> [batches] [seed]` on the manual
// clock and prints what `dstream-studio run` prints for the same batches and seed.
import { positionalArgs } from "../graph/catalog/callArgs";
import { type ApiCall, DEFAULT_BLOCK_INTERVAL_MS, type PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import { commentLines, fileBase, isEmpty } from "./internals/literals";
import { isSeeded, planPipeline, type Step } from "./internals/plan";
import { inlineFunction, tsLiteral } from "./internals/tsFunctions";
import { annotateParams, batchesRecordType, recordType } from "./internals/tsTypes";
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
  /** The record / key / value type of input i, written with the file's type helpers (`RecordOf<typeof x>`). */
  recordOf: (i: number) => string;
  keyOf: (i: number) => string;
  valueOf: (i: number) => string;
  /** Imports a type (`RDD`, `State`) from the engine. */
  useType: (name: string) => void;
}

/** Type helpers the exported file declares when a user function needs an annotation. */
const TYPE_HELPERS: Record<string, string> = {
  RecordOf: "type RecordOf<S> = S extends DStream<infer T> ? T : never;",
  KeyOf: "type KeyOf<S> = S extends DStream<[infer K, unknown]> ? K : never;",
  ValueOf: "type ValueOf<S> = S extends DStream<[unknown, infer V]> ? V : never;",
};

/** The value type of `[k, v]` pairs written as JSON. */
const pairValueType = (pairs: unknown): string =>
  recordType(Array.isArray(pairs) ? pairs.map((p) => (Array.isArray(p) ? p[1] : p)) : []);

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

/** `input.method(args)` from the catalog's `api` shape (see engine/graph/README.md). */
const fromApi =
  (api: ApiCall): Emit =>
  (_s, h) => {
    const args = positionalArgs(api.args, h.has).map((a) => {
      if (a.kind === "input") return h.input(a.index);
      if (a.kind === "parentSlide") return `${h.input(0)}.slideDuration`;
      return a.kind === "fn" ? h.fn(a.param) : h.lit(a.param);
    });
    return `${h.input(0)}.${api.method}(${args.join(", ")})`;
  };

/** Kinds the `api` shape cannot write: sources, type annotations, option objects, closures. */
const OVERRIDES: Record<string, Emit> = {
  queueStream: (s, h) =>
    `ssc.queueStream<${batchesRecordType(s.params.batches, s.params.defaultBatch)}>(${h.lit("batches")}, ${h.lit("oneAtATime")}${h.has("defaultBatch") ? `, ${h.lit("defaultBatch")}` : ""})`,
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
  staticTable: (s, h) => {
    const type = recordType(Array.isArray(s.params.rows) ? s.params.rows : []);
    return `ssc.queueStream<${type}>([], true, ssc.sparkContext.parallelize<${type}>(${h.lit("rows")}))`;
  },
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union([${s.inputs.map((_, i) => h.input(i)).join(", ")}])`,
  // The combiner type comes from createCombiner, which TypeScript types first only if its parameter is typed.
  combineByKey: (_s, h) =>
    `${h.input(0)}.combineByKey(${annotateParams(h.fn("createCombiner"), [h.valueOf(0)])}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}${trailing(h, "numPartitions")})`,
  transform: (s, h) => {
    h.useType("RDD");
    const tableType = recordType(Array.isArray(s.params.table) ? s.params.table : []);
    const table = h.has("table")
      ? h.define("Table", `ssc.sparkContext.parallelize<${tableType}>(${h.lit("table")})`)
      : "undefined";
    const types = [`RDD<${h.recordOf(0)}>`, "number", h.has("table") ? `RDD<${tableType}>` : "undefined"];
    const fn = h.define("Fn", annotateParams(h.fn("fn"), types));
    return `${h.input(0)}.transform((rdd, timeMs) => ${fn}(rdd, timeMs, ${table}))`;
  },
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
  updateStateByKey: (s, h) => {
    const options = [
      ...(h.has("initialState") ? [`initialState: ${h.lit("initialState")}`] : []),
      ...(h.has("numPartitions") ? [`numPartitions: ${h.lit("numPartitions")}`] : []),
    ];
    // The state type: the initial state's, else the input's value type (a running sum, count, ...).
    const state = h.has("initialState") ? pairValueType(s.params.initialState) : h.valueOf(0);
    const fn = annotateParams(h.fn("fn"), [undefined, `${state} | undefined`]);
    return `${h.input(0)}.updateStateByKey(${fn}${options.length ? `, { ${options.join(", ")} }` : ""})`;
  },
  mapWithState: (s, h) => {
    h.use("StateSpec");
    h.useType("State");
    // StateSpec.function is typed before it meets the stream, so its parameters need their types.
    const state = h.has("initialState") ? pairValueType(s.params.initialState) : h.valueOf(0);
    const types = [h.keyOf(0), `${h.valueOf(0)} | undefined`, `State<${state}>`];
    let spec = `StateSpec.function(${annotateParams(h.fn("fn"), types)})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.lit("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(${h.lit("initialState")})`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
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
};

/** `blockIntervalMs: 100, ` when the document's differs from Spark's default (the engine's too). */
function blockIntervalOption(doc: PipelineDocument): string {
  const block = blockIntervalOf(doc);
  return block === DEFAULT_BLOCK_INTERVAL_MS ? "" : `blockIntervalMs: ${block}, `;
}

export function toTypeScript(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const imports = new Set(["StreamingContext"]);
  const typeImports = new Set<string>();
  const helpers = new Set<string>();
  const helper = (name: string, input: string) => {
    helpers.add(name);
    typeImports.add("DStream");
    return `${name}<typeof ${input}>`;
  };
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
      recordOf: (i) => helper("RecordOf", s.inputs[i]),
      keyOf: (i) => helper("KeyOf", s.inputs[i]),
      valueOf: (i) => helper("ValueOf", s.inputs[i]),
      useType: (name) => typeImports.add(name),
    };
    const emit = OVERRIDES[s.node.kind] ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no TypeScript export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    body.push(...before, s.spec.isOutput ? `${statement};` : `const ${s.name} = ${statement};`);
  }
  const file = `${fileBase(doc.name)}.ts`;
  const code = [
    `// ${doc.name}: exported from DStream Studio as a TypeScript program on the engine's public API.`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    `// It prints what \`dstream-studio run --batches N\` prints: each print() block (and foreachRDD rows) per batch.`,
    `// Inside the DStream Studio repository, run it headless on the manual clock: npx tsx ${file} [batches]${sourceIndex === 0 ? "" : " [seed]"}`,
    "// Anywhere else (Node.js 20+, nothing to install), export it bundled with the engine and run it:",
    `//   dstream-studio export pipeline.json --to js -o ${file.replace(/\.ts$/, ".mjs")} && node ${file.replace(/\.ts$/, ".mjs")}${sourceIndex === 0 ? "" : " [batches] [seed]"}`,
    `import { ${[...imports].sort().join(", ")} } from "dstream-studio/engine";`,
    ...(typeImports.size
      ? [`import type { ${[...typeImports].sort().join(", ")} } from "dstream-studio/engine";`]
      : []),
    "",
    ...(helpers.size
      ? [
          "// Types of a stream's records, for the functions whose parameters TypeScript cannot infer.",
          ...Object.keys(TYPE_HELPERS)
            .filter((n) => helpers.has(n))
            .map((n) => TYPE_HELPERS[n]),
          "",
        ]
      : []),
    "const BATCHES = process.argv[2] === undefined ? 10 : Number(process.argv[2]);",
    ...(sourceIndex === 0
      ? []
      : [
          "const SEED = process.argv[3] === undefined ? undefined : Number(process.argv[3]);",
          "/** A generated source's seed: the pipeline's own, or SEED + its position when a seed is given. */",
          "const seed = (own: number, position: number) => (SEED === undefined ? own : SEED + position);",
        ]),
    "",
    `const ssc = new StreamingContext({ batchIntervalMs: ${doc.batchIntervalMs}, ${blockIntervalOption(doc)}clock: "manual", defaultParallelism: ${doc.settings.defaultParallelism} });`,
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
