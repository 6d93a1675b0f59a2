// Exports a pipeline document as a PySpark Streaming program (the DStream API of Spark's programming
// guide). User functions become Python lambdas when they are simple enough, otherwise marked stubs.
import { pythonArgs } from "../graph/catalog/callArgs";
import type { ApiCall, PipelineDocument } from "../graph/types";
import { commentLines, fileBase, isEmpty, pyLiteral, pySeconds } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE, type Step, snakeCase } from "./internals/plan";
import { PY_GENERATORS } from "./internals/pySources";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import { jsToPython } from "./internals/toPython";
import type { GeneratedCode, StubbedFunction } from "./internals/types";

type Emit = (s: Step, h: Helpers) => string;

/** `f(a, None, None)` -> `f(a)`: Python's optional arguments left at their defaults. */
function call(target: string, method: string, ...args: string[]): string {
  while (args.length > 0 && args[args.length - 1] === "None") args.pop();
  return `${target}.${method}(${args.join(", ")})`;
}

interface Helpers {
  input: (i: number) => string;
  fn: (param: string, rddParams?: number) => string;
  /** An optional function param: its lambda or None. */
  optFn: (param: string) => string;
  has: (param: string) => boolean;
  secs: (param: string) => string;
  optSecs: (param: string) => string;
  opt: (param: string) => string;
  /** A JSON param as a Python literal; `lists` outer levels stay lists (see pyLiteral). */
  lit: (param: string, lists?: number) => string;
  perBatch: () => number;
  generator: (kind: string) => string;
  stub: (reason: string) => string;
  /** Imports a name from pyspark (`StorageLevel`). */
  use: (name: string) => void;
  /** Binds an expression to `<node>_<param>` before the node's statement and returns that name. */
  define: (param: string, expr: string) => string;
}

/** `input.method(args)` from the catalog's `api` shape; an empty optional argument is None. */
const fromApi =
  (api: ApiCall): Emit =>
  (_s, h) => {
    const args = pythonArgs(api.args, h.has).map((a) => {
      if (a === null) return "None";
      if (a.kind === "input") return h.input(a.index);
      if (a.kind === "fn") return h.fn(a.param);
      return a.kind === "duration" ? h.secs(a.param) : h.opt(a.param);
    });
    return `${h.input(0)}.${api.pythonMethod ?? api.method}(${args.join(", ")})`;
  };

/** Kinds the `api` shape cannot write: sources, PySpark's own signatures, results made Python lists. */
const EMITTERS: Record<string, Emit> = {
  queueStream: (s, h) => {
    const def = isEmpty(s.params.defaultBatch) ? "" : `, default=sc.parallelize(${h.lit("defaultBatch")})`;
    return `ssc.queueStream([sc.parallelize(batch) for batch in ${h.lit("batches", 2)}], oneAtATime=${h.lit("oneAtATime")}${def})`;
  },
  textLines: (s) => `ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
  randomWords: (s, h) =>
    `ssc.queueStream(${h.generator("randomWords")}(${s.params.seed}, ${h.perBatch()}, ${s.params.vocabularySize}, ${s.params.wordsPerLine}, ${s.params.zipfExponent}))`,
  sensorReadings: (s, h) =>
    `ssc.queueStream(${h.generator("sensorReadings")}(${s.params.seed}, ${h.perBatch()}, ${s.params.sensors}, BATCH_INTERVAL_SECONDS))`,
  clickStream: (s, h) =>
    `ssc.queueStream(${h.generator("clickStream")}(${s.params.seed}, ${h.perBatch()}, ${s.params.users}, ${s.params.pages}, BATCH_INTERVAL_SECONDS))`,
  staticTable: (_s, h) => `ssc.queueStream([], default=sc.parallelize(${h.lit("rows")}))`,
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(${s.inputs.map((_, i) => h.input(i)).join(", ")})`,
  countByValue: (_s, h) => `${h.input(0)}.countByValue()`,
  groupByKey: (_s, h) => `${call(h.input(0), "groupByKey", h.opt("numPartitions"))}.mapValues(list)`,
  // PySpark calls transform functions with (time, rdd); the studio's take (rdd, timeMs, table).
  transform: (s, h) => {
    const fn = h.define("fn", h.fn("fn", 1));
    const table = isEmpty(s.params.table) ? "None" : h.define("table", `sc.parallelize(${h.lit("table")})`);
    return `${h.input(0)}.transform(lambda time, rdd: ${fn}(rdd, time, ${table}))`;
  },
  transformWith: (_s, h) =>
    `${h.input(0)}.transformWith(lambda time, left, right: ${h.define("fn", h.fn("fn", 2))}(left, right, time), ${h.input(1)})`,
  cogroup: (_s, h) =>
    `${h.input(0)}.cogroup(${h.input(1)}, ${h.opt("numPartitions")}).mapValues(lambda vs: (list(vs[0]), list(vs[1])))`,
  reduceByKeyAndWindow: (_s, h) =>
    call(
      h.input(0),
      "reduceByKeyAndWindow",
      h.fn("fn"),
      h.optFn("invFn"),
      h.secs("windowMs"),
      h.optSecs("slideMs"),
      h.opt("numPartitions"),
      h.optFn("filterFunc"),
    ),
  groupByKeyAndWindow: (_s, h) =>
    `${call(
      h.input(0),
      "groupByKeyAndWindow",
      h.secs("windowMs"),
      h.optSecs("slideMs"),
      h.opt("numPartitions"),
    )}.mapValues(list)`,
  updateStateByKey: (s, h) => {
    const initial = isEmpty(s.params.initialState) ? "None" : `sc.parallelize(${h.lit("initialState")})`;
    return call(h.input(0), "updateStateByKey", h.fn("fn"), h.opt("numPartitions"), initial);
  },
  // PySpark always stores pickled data: its StorageLevel has no _SER levels (MEMORY_ONLY_SER is MEMORY_ONLY).
  persist: (s, h) => {
    h.use("StorageLevel");
    return `${h.input(0)}.persist(StorageLevel.${String(s.params.storageLevel).replace("_SER", "")})`;
  },
  mapWithState: (_s, h) => `${h.stub("mapWithState is not part of PySpark's DStream API (Scala/Java only)")}`,
  foreachRDD: (_s, h) =>
    `${h.input(0)}.foreachRDD(lambda time, rdd: print(time, rdd.take(${h.opt("limit")})))`,
};

export function toPySpark(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<string>();
  const pysparkImports = new Set(["SparkContext"]);
  const body: string[] = [];
  const pyName = (s: Step) => snakeCase(s.name);
  const names = new Map(plan.steps.map((s) => [s.name, pyName(s)]));

  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    const stubFn = (param: string, reason: string, src: string) => {
      const name = `${pyName(s)}_${snakeCase(param)}`;
      stubs.push({ nodeId: s.node.id, label, param, reason });
      before.push(
        `# STUB: the ${param} of node "${label}" could not be translated mechanically (${reason}).`,
        "# Its JavaScript source, to translate by hand:",
        ...commentLines(src, "#  "),
        `def ${name}(*args):`,
        `    raise NotImplementedError("translate the ${param} of node '${label}' by hand")`,
        "",
      );
      return name;
    };
    const h: Helpers = {
      input: (i) => names.get(s.inputs[i]) ?? "None",
      fn: (param, rddParams = 0) => {
        const src = String(s.params[param] ?? "");
        try {
          return jsToPython(src, rddParams);
        } catch (e) {
          return stubFn(param, (e as Error).message, src);
        }
      },
      optFn: (param) => (isEmpty(s.params[param]) ? "None" : h.fn(param)),
      has: (param) => !isEmpty(s.params[param]),
      secs: (param) => pySeconds(s.params[param]),
      optSecs: (param) => (isEmpty(s.params[param]) ? "None" : pySeconds(s.params[param])),
      opt: (param) => (isEmpty(s.params[param]) ? "None" : pyLiteral(s.params[param])),
      lit: (param, lists = 1) => pyLiteral(s.params[param], lists),
      perBatch: () => Math.max(1, Math.round((Number(s.params.rate) * doc.batchIntervalMs) / 1000)),
      generator: (kind) => {
        generators.add(kind);
        return PY_GENERATORS[kind].fn;
      },
      define: (param, expr) => {
        const name = `${pyName(s)}_${snakeCase(param)}`;
        if (expr !== name) before.push(`${name} = ${expr}`);
        return name;
      },
      stub: (reason) => {
        stubs.push({ nodeId: s.node.id, label, param: "fn", reason });
        before.push(
          `# STUB: node "${label}" (${s.node.kind}): ${reason}. Its JavaScript function:`,
          ...commentLines(String(s.params.fn ?? ""), "#  "),
        );
        return `${h.input(0)}  # TODO: replace with the equivalent of ${s.node.kind}`;
      },
      use: (name) => pysparkImports.add(name),
    };
    const emit = EMITTERS[s.node.kind] ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no PySpark export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    if (s.spec.category === "source" && before.length === 0 && s.node.kind in PY_GENERATORS) {
      before.push(
        `# STUB: "${label}" is the studio's seeded ${s.node.kind} receiver; here a queue of similar random data.`,
        ...(plan.checkpoint ? [QUEUE_CHECKPOINT_NOTE] : []),
      );
    }
    body.push(...before);
    body.push(s.spec.isOutput ? statement : `${pyName(s)} = ${statement}`);
  }

  const conf = sparkConfEntries(doc);
  const head = [
    `# ${doc.name}: exported from DStream Studio as a PySpark Streaming program (DStream API).`,
    ...(doc.description ? commentLines(doc.description, "#") : []),
    `# Run it with: spark-submit ${fileBase(doc.name)}.py`,
    "import math  # noqa: F401 (used by translated functions)",
    "import random  # noqa: F401",
    "from functools import reduce  # noqa: F401",
    "",
    `from pyspark import ${[...pysparkImports, ...(conf.length ? ["SparkConf"] : [])].sort().join(", ")}`,
    "from pyspark.streaming import StreamingContext",
    "",
    `BATCH_INTERVAL_SECONDS = ${pySeconds(doc.batchIntervalMs)}`,
    "",
    ...(conf.length
      ? [
          "# Receivers cut their data into one block (one partition) per block interval.",
          `conf = SparkConf()${confSetCalls(conf)}`,
        ]
      : []),
    `sc = SparkContext("local[${Math.max(2, doc.settings.defaultParallelism)}]", ${JSON.stringify(doc.name)}${conf.length ? ", conf=conf" : ""})`,
    "ssc = StreamingContext(sc, BATCH_INTERVAL_SECONDS)",
    ...(plan.checkpoint
      ? [`ssc.checkpoint(${JSON.stringify(doc.settings.checkpointDir || "checkpoint")})`]
      : []),
    "",
  ];
  for (const kind of generators) head.push("", ...PY_GENERATORS[kind].code, "");
  const tail = ["", "ssc.start()", "ssc.awaitTermination()", ""];
  return { code: [...head, ...body, ...tail].join("\n"), stubs, filename: `${fileBase(doc.name)}.py` };
}
