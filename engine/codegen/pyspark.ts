// Exports a pipeline document as a PySpark Streaming program (the DStream API of Spark's programming
// guide). User functions become Python lambdas when they are simple enough, otherwise marked stubs.
import { pythonArgs } from "../graph/catalog/callArgs";
import type { ApiCall, PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import { commentLines, fileBase, isEmpty, pyLiteral, pySeconds } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE, type Step, snakeCase } from "./internals/plan";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import type { GeneratedCode, StubbedFunction } from "./internals/types";
import { type GeneratorKind, generatorArgs, isGeneratorKind } from "./runtime/generatorParams";
import { pyHeader } from "./runtime/headers";
import { pyGeneratorCall, pyGeneratorCode } from "./runtime/pyGenerators";
import { pyHelperCode } from "./runtime/pyHelpers";
import { arity, jsToPython } from "./translate/index";

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
  /** The queueStream of a seeded generator's batches (the studio's records, ported exactly). */
  generator: (kind: GeneratorKind) => string;
  /** The number of parameters the user function `param` declares. */
  arity: (param: string) => number;
  /** Marks a translated-function helper as used (`js_time_ms`). */
  helper: (name: string) => string;
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
    const batches = Array.isArray(s.params.batches) ? s.params.batches : [];
    if (isEmpty(s.params.defaultBatch))
      return `ssc.queueStream([sc.parallelize(batch) for batch in ${h.lit("batches", 2)}], oneAtATime=${h.lit("oneAtATime")})`;
    const def = h.define("default", `sc.parallelize(${h.lit("defaultBatch")})`);
    // PySpark queues one empty RDD when the queue is empty and a default is given (Scala's queueStream,
    // and the studio, give the default from the first batch): queue the default itself instead.
    const queue = batches.length ? `[sc.parallelize(batch) for batch in ${h.lit("batches", 2)}]` : `[${def}]`;
    return `ssc.queueStream(${queue}, oneAtATime=${h.lit("oneAtATime")}, default=${def})`;
  },
  textLines: (_s, h) => h.generator("textLines"),
  randomWords: (_s, h) => h.generator("randomWords"),
  sensorReadings: (_s, h) => h.generator("sensorReadings"),
  clickStream: (_s, h) => h.generator("clickStream"),
  // Spark's ConstantInputDStream (the same RDD every batch, from the first): PySpark has none, and its
  // queueStream([], default=...) would make the first batch empty, so the table is queued once too.
  staticTable: (_s, h) => {
    const table = h.define("rdd", `sc.parallelize(${h.lit("rows")})`);
    return `ssc.queueStream([${table}], default=${table})`;
  },
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(${s.inputs.map((_, i) => h.input(i)).join(", ")})`,
  countByValue: (_s, h) => `${h.input(0)}.countByValue()`,
  groupByKey: (_s, h) => `${call(h.input(0), "groupByKey", h.opt("numPartitions"))}.mapValues(list)`,
  // PySpark calls transform functions with (time, rdd), the time a datetime; the studio's take
  // (rdd, timeMs, table): pass as many as the function declares, the time in milliseconds.
  transform: (s, h) => {
    const fn = h.define("fn", h.fn("fn", 1));
    const table = isEmpty(s.params.table) ? "None" : h.define("table", `sc.parallelize(${h.lit("table")})`);
    const args = ["rdd", `${h.helper("js_time_ms")}(time)`, table].slice(0, Math.max(1, h.arity("fn")));
    return `${h.input(0)}.transform(lambda time, rdd: ${fn}(${args.join(", ")}))`;
  },
  transformWith: (_s, h) => {
    const fn = h.define("fn", h.fn("fn", 2));
    const args = ["left", "right", `${h.helper("js_time_ms")}(time)`].slice(0, Math.max(2, h.arity("fn")));
    return `${h.input(0)}.transformWith(lambda time, left, right: ${fn}(${args.join(", ")}), ${h.input(1)})`;
  },
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
      // PySpark's slideDuration has no default: an empty slide is the parent's.
      h.has("slideMs") ? h.secs("slideMs") : `${h.input(0)}._slideDuration`,
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

/** Kinds PySpark builds on reduceByKeyAndWindow with an inverse function: they need ssc.checkpoint. */
const PY_INVERSE_WINDOWS = new Set(["groupByKeyAndWindow", "countByWindow", "countByValueAndWindow"]);

export function toPySpark(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<GeneratorKind>();
  const helpers = new Set<string>();
  const pysparkImports = new Set(["SparkContext"]);
  const body: string[] = [];
  const pyName = (s: Step) => snakeCase(s.name);
  const names = new Map(plan.steps.map((s) => [s.name, pyName(s)]));
  const pyCheckpoint = plan.steps.find((s) => PY_INVERSE_WINDOWS.has(s.node.kind));

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
        const defs: string[] = [];
        try {
          const code = jsToPython(src, rddParams, {
            helpers,
            defs,
            defName: `${pyName(s)}_${snakeCase(param)}`,
          });
          before.push(...defs);
          return code;
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
      generator: (kind) => {
        generators.add(kind);
        return pyGeneratorCall(kind, generatorArgs(s.params, doc.settings.seed));
      },
      arity: (param) => arity(String(s.params[param] ?? "")),
      helper: (name) => {
        helpers.add(name);
        return name;
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
    if (isGeneratorKind(s.node.kind)) {
      before.push(
        `# "${label}": the studio's seeded ${s.node.kind} source, ported exactly (same seed, same records per batch,`,
        "# same partitions), queued one RDD per batch for BATCHES batches.",
        ...(s.node.kind === "textLines"
          ? [
              `# On a cluster, read real lines instead: ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
            ]
          : []),
        ...(plan.checkpoint ? [QUEUE_CHECKPOINT_NOTE] : []),
      );
    }
    body.push(...before);
    body.push(s.spec.isOutput ? statement : `${pyName(s)} = ${statement}`);
  }

  const conf = sparkConfEntries(doc);
  const checkpointDir = JSON.stringify(doc.settings.checkpointDir || "checkpoint");
  const generatorCode = pyGeneratorCode(generators, helpers);
  const head = [
    ...pyHeader(doc, plan, fileBase(doc.name)),
    "import decimal  # noqa: F401 (used by the JavaScript-semantics helpers)",
    "import math  # noqa: F401 (used by translated functions)",
    "import re  # noqa: F401",
    "import sys",
    "from functools import reduce  # noqa: F401",
    "",
    `from pyspark import ${[...pysparkImports, "SparkConf"].sort().join(", ")}`,
    "from pyspark.streaming import StreamingContext",
    "",
    `BATCH_INTERVAL_MS = ${doc.batchIntervalMs}`,
    `BATCH_INTERVAL_SECONDS = ${pySeconds(doc.batchIntervalMs)}`,
    `BLOCK_INTERVAL_MS = ${blockIntervalOf(doc)}`,
    "# Generated sources queue this many batches (the first argument), then batches are empty.",
    "BATCHES = int(sys.argv[1]) if len(sys.argv) > 1 else 100",
    "",
    "# The master comes from spark-submit --master; without one (plain python) it is local[N].",
    `conf = SparkConf().setIfMissing("spark.master", "local[${Math.max(2, doc.settings.defaultParallelism)}]").setAppName(${JSON.stringify(doc.name)})`,
    ...(conf.length
      ? [
          "# Receivers cut their data into one block (one partition) per block interval.",
          `conf${confSetCalls(conf)}`,
        ]
      : []),
    "sc = SparkContext(conf=conf)",
    "ssc = StreamingContext(sc, BATCH_INTERVAL_SECONDS)",
    ...(plan.checkpoint ? [`ssc.checkpoint(${checkpointDir})`] : []),
    ...(!plan.checkpoint && pyCheckpoint
      ? [
          `# PySpark's ${pyCheckpoint.node.kind} uses reduceByKeyAndWindow with an inverse function: it needs a checkpoint directory.`,
          `ssc.checkpoint(${checkpointDir})`,
        ]
      : []),
    "",
  ];
  const helperCode = pyHelperCode(helpers);
  const defs = [...helperCode, ...generatorCode];
  const tail = ["", "ssc.start()", "ssc.awaitTermination()", ""];
  return {
    code: [...head, "", ...defs, ...body, ...tail].join("\n"),
    stubs,
    filename: `${fileBase(doc.name)}.py`,
  };
}
