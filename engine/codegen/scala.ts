// Exports a pipeline document as a Spark Streaming program in Scala (the DStream API). User functions
// become Scala function literals when simple enough, otherwise marked stubs (`???`) with the source.
import { positionalArgs } from "../graph/catalog/callArgs";
import type { ApiCall, PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import { commentLines, isEmpty, scalaDuration, scalaLiteral } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE, type Step } from "./internals/plan";
import {
  annotateLambda,
  pairLiteralValueType,
  scalaPairValueType,
  splitLambda,
  stateDefaultType,
} from "./internals/scalaTypes";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import type { GeneratedCode, StubbedFunction } from "./internals/types";
import { type GeneratorKind, generatorArgs, isGeneratorKind } from "./runtime/generatorParams";
import { scalaHeader } from "./runtime/headers";
import { scalaGeneratorCall, scalaGeneratorCode } from "./runtime/scalaGenerators";
import { scalaHelperCode } from "./runtime/scalaHelpers";
import { arity, jsToScala } from "./translate/index";

interface Helpers {
  input: (i: number) => string;
  fn: (param: string, rddParams?: number) => string;
  dur: (param: string) => string;
  /** A JSON param as a Scala literal; `lists` outer levels stay Seqs (see scalaLiteral). */
  lit: (param: string, lists?: number) => string;
  has: (param: string) => boolean;
  /** The queueStream of a seeded generator's batches (the studio's records, ported exactly). */
  generator: (kind: GeneratorKind) => string;
  define: (param: string, expr: string) => string;
  /** The value type V of pair input i when the exporter knows it (from literal data or a literal value). */
  valueType: (i: number) => string | undefined;
  /** Records this node's value type V for the nodes downstream. */
  produces: (valueType: string | undefined) => void;
  /** A `// TODO: types` line above the statement, where Scala cannot infer what it needs. */
  todo: (text: string) => void;
  /** Writes a helper of ./runtime/scalaHelpers.ts into the program. */
  helper: (name: string) => void;
  /** Adds an import line to the file (`org.apache.spark.storage.StorageLevel`). */
  use: (importPath: string) => void;
}

type Emit = (s: Step, h: Helpers) => string;

/** A node that keeps its input's pairs' value type. */
const keepsValue =
  (emit: Emit): Emit =>
  (s, h) => {
    h.produces(h.valueType(0));
    return emit(s, h);
  };

/** Annotates both parameters of a (V, V) => V function when V is known (Scala 2.12 needs it on overloads). */
const reducer = (h: Helpers, param: string) => {
  const v = h.valueType(0);
  return annotateLambda(h.fn(param), [v, v]);
};

/**
 * A user function of (rdd(s)..., timeMs, extra) inlined into transform/transformWith as a block: its
 * parameters are the call's, so Scala infers their types (a standalone `val f = (rdd, ...) =>` cannot).
 */
function inlineRddFunction(fn: string, rdds: number, extra: string | undefined): string | undefined {
  const f = splitLambda(fn);
  if (!f) return undefined;
  const used = (name: string | undefined) => name !== undefined && new RegExp(`\\b${name}\\b`).test(f.body);
  const time = f.params.includes("batchTime") ? "batchTime0" : "batchTime";
  const rddNames = Array.from({ length: rdds }, (_, i) => f.params[i] ?? `rdd${i}`);
  const [timeMs, table] = [f.params[rdds], f.params[rdds + 1]];
  const lines = [
    ...(used(timeMs) ? [`val ${timeMs} = ${time}.milliseconds`] : []),
    ...(used(table) ? [`val ${table} = ${extra ?? "null"}`] : []),
  ];
  const head = `(${[...rddNames, `${time}: Time`].join(", ")}) =>`;
  if (lines.length === 0) return `${head} ${f.body}`;
  return `${head} {\n${[...lines, f.body].map((l) => `      ${l}`).join("\n")}\n    }`;
}

/** A tuple literal `(a, b)` (a top-level comma inside one pair of parentheses), not `(a + b)` or `(a)(b)`. */
function isTupleLiteral(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  let comma = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== "\\") quoted = !quoted;
    if (quoted) continue;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0 && i < text.length - 1) return false;
    else if (c === "," && depth === 1) comma = true;
  }
  return comma;
}

/** flatMap's JavaScript array result `[a, b]` is translated as a tuple; Scala needs a collection. */
function asCollection(fn: string): string {
  const f = splitLambda(fn);
  return f && isTupleLiteral(f.body) ? `(${f.params.join(", ")}) => Seq${f.body}` : fn;
}

/** `(v) => (v, 1)` with V = Int -> "(Int, Int)": the combiner type when every part of it is known. */
function combinerType(createCombiner: string, v: string | undefined): string | undefined {
  const f = splitLambda(createCombiner);
  const tuple = f && /^\((.*)\)$/.exec(f.body);
  const parts = tuple ? tuple[1].split(", ") : f ? [f.body] : [];
  const types = parts.map((p) =>
    p === f?.params[0] ? v : /^-?\d+$/.test(p) ? "Int" : /^-?\d+\.\d+$/.test(p) ? "Double" : undefined,
  );
  if (types.length === 0 || types.some((t) => t === undefined)) return undefined;
  return types.length === 1 ? types[0] : `(${types.join(", ")})`;
}

/** Appends `, <arg>` for each present optional argument, stopping at the first absent one. */
function optional(h: Helpers, ...args: [param: string, text: () => string][]): string {
  let out = "";
  for (const [param, text] of args) {
    if (!h.has(param)) break;
    out += `, ${text()}`;
  }
  return out;
}

/** An empty slide is the parent's slide, which the positional overloads need before numPartitions. */
const slideOrParent = (h: Helpers) => (h.has("slideMs") ? h.dur("slideMs") : `${h.input(0)}.slideDuration`);

const slideAndPartitions = (h: Helpers) =>
  h.has("numPartitions")
    ? `, ${slideOrParent(h)}, ${h.lit("numPartitions")}`
    : optional(h, ["slideMs", () => h.dur("slideMs")]);

const partitions = (h: Helpers) => optional(h, ["numPartitions", () => h.lit("numPartitions")]);

/** `input.method(args)` from the catalog's `api` shape (see engine/graph/README.md). */
const fromApi =
  (api: ApiCall): Emit =>
  (_s, h) => {
    if (api.keepsValueType) h.produces(h.valueType(0));
    const args = positionalArgs(api.args, h.has).map((a) => {
      if (a.kind === "input") return h.input(a.index);
      if (a.kind === "parentSlide") return `${h.input(0)}.slideDuration`;
      if (a.kind === "fn") return h.fn(a.param);
      return a.kind === "duration" ? h.dur(a.param) : h.lit(a.param);
    });
    return `${h.input(0)}.${api.method}(${args.join(", ")})`;
  };

/** Kinds the `api` shape cannot write: sources, Scala's types and collections, HashPartitioner forms. */
const EMITTERS: Record<string, Emit> = {
  queueStream: (s, h) => {
    const batches = Array.isArray(s.params.batches) ? (s.params.batches as unknown[][]).flat() : [];
    h.produces(scalaPairValueType(batches));
    return `ssc.queueStream(mutable.Queue(${h.lit("batches", 2)}.map(batch => sc.parallelize(batch)): _*), ${s.params.oneAtATime !== false}${h.has("defaultBatch") ? `, sc.parallelize(${h.lit("defaultBatch")})` : ""})`;
  },
  textLines: (_s, h) => h.generator("textLines"),
  randomWords: (_s, h) => h.generator("randomWords"),
  sensorReadings: (_s, h) => h.generator("sensorReadings"),
  clickStream: (_s, h) => h.generator("clickStream"),
  staticTable: (s, h) => {
    h.produces(scalaPairValueType(Array.isArray(s.params.rows) ? s.params.rows : []));
    return `new ConstantInputDStream(ssc, sc.parallelize(${h.lit("rows")}))`;
  },
  map: (_s, h) => {
    const fn = h.fn("fn");
    h.produces(pairLiteralValueType(fn));
    return `${h.input(0)}.map(${fn})`;
  },
  flatMap: (_s, h) => `${h.input(0)}.flatMap(${asCollection(h.fn("fn"))})`,
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(Seq(${s.inputs.map((_, i) => h.input(i)).join(", ")}))`,
  combineByKey: (_s, h) => {
    const create = h.fn("createCombiner");
    const c = combinerType(create, h.valueType(0));
    if (!c) h.todo("Scala cannot infer the combiner type C: write combineByKey[C](...) with your type.");
    return `${h.input(0)}.combineByKey${c ? `[${c}]` : ""}(${create}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}, new HashPartitioner(${h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism"}))`;
  },
  flatMapValues: (_s, h) => `${h.input(0)}.flatMapValues(${asCollection(h.fn("fn"))})`,
  transform: (_s, h) => {
    const fn = h.fn("fn", 1);
    const table = h.has("table") ? h.define("Table", `sc.parallelize(${h.lit("table")})`) : undefined;
    const inline = inlineRddFunction(fn, 1, table);
    if (inline) return `${h.input(0)}.transform(${inline})`;
    return `${h.input(0)}.transform((rdd, time) => ${h.define("Fn", fn)}(rdd, time.milliseconds, ${table ?? "null"}))`;
  },
  // Through a curried helper: in DStream.transformWith(other, f) the function's parameter types depend
  // on the method's type parameter U, which Scala infers only after typing f ("missing parameter type").
  transformWith: (_s, h) => {
    const fn = h.fn("fn", 2);
    h.helper("transformWith");
    const inline = inlineRddFunction(fn, 2, undefined);
    if (inline) return `transformWith(${h.input(0)}, ${h.input(1)})(${inline})`;
    return `transformWith(${h.input(0)}, ${h.input(1)})((left, right, time) => ${h.define("Fn", fn)}(left, right, time.milliseconds))`;
  },
  reduceByKeyAndWindow: keepsValue((_s, h) => {
    if (!h.has("invFn"))
      return `${h.input(0)}.reduceByKeyAndWindow(${reducer(h, "fn")}, ${h.dur("windowMs")}${slideAndPartitions(h)})`;
    const slide = slideOrParent(h);
    const named = [
      ...(h.has("numPartitions") ? [`numPartitions = ${h.lit("numPartitions")}`] : []),
      ...(h.has("filterFunc") ? [`filterFunc = ${h.fn("filterFunc")}`] : []),
    ];
    const fns = [reducer(h, "fn"), reducer(h, "invFn")];
    return `${h.input(0)}.reduceByKeyAndWindow(${[...fns, h.dur("windowMs"), slide, ...named].join(", ")})`;
  }),
  updateStateByKey: (s, h) => {
    let fn = h.fn("fn");
    const f = splitLambda(fn);
    // Spark's update function returns Option[S]: the JavaScript's new state is Some(state).
    if (f && !/\bNone\b/.test(f.body)) fn = `(${f.params.join(", ")}) => Some(${f.body})`;
    else if (f) h.todo("the function must return Option[S]: Some(newState) keeps the key, None removes it.");
    const initial = Array.isArray(s.params.initialState) ? s.params.initialState : [];
    const state = (f && stateDefaultType(f.body, f.params[1] ?? "")) ?? scalaPairValueType(initial);
    if (f && !state)
      h.todo("Scala cannot infer the state type S: write updateStateByKey[S](...) with your type.");
    h.produces(state);
    // updateStateByKey is overloaded: Scala 2.12 types the function's parameters only when written.
    const v = h.valueType(0);
    if (v && state) fn = annotateLambda(fn, [`Seq[${v}]`, `Option[${state}]`]);
    const call = `${h.input(0)}.updateStateByKey${state ? `[${state}]` : ""}`;
    if (!h.has("initialState")) return `${call}(${fn}${partitions(h)})`;
    const n = h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism";
    return `${call}(${fn}, new HashPartitioner(${n}), sc.parallelize(${h.lit("initialState")}))`;
  },
  persist: (s, h) => {
    h.use("org.apache.spark.storage.StorageLevel");
    h.produces(h.valueType(0));
    return `${h.input(0)}.persist(StorageLevel.${s.params.storageLevel})`;
  },
  mapWithState: (s, h) => {
    const fn = h.fn("fn");
    if (splitLambda(fn))
      h.todo(
        `StateSpec.function needs typed parameters: (key: K, value: Option[${h.valueType(0) ?? "V"}], state: State[S]).`,
      );
    let spec = `StateSpec.function(${fn})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.dur("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(sc.parallelize(${h.lit("initialState")}))`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
  foreachRDD: (_s, h) =>
    `${h.input(0)}.foreachRDD((rdd, time) => println(s"$time: \${rdd.take(${h.lit("limit")}).mkString(", ")}"))`,
};

function objectName(name: string): string {
  const id = name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""));
  const cap = id.charAt(0).toUpperCase() + id.slice(1);
  return /^[A-Z]/.test(cap) ? cap : `Pipeline${cap}`;
}

export function toScala(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<GeneratorKind>();
  const helpers = new Set<string>();
  const body: string[] = [];
  const ind = "    ";
  const valueTypes = new Map<string, string | undefined>();
  const extraImports = new Set<string>();
  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    const h: Helpers = {
      input: (i) => s.inputs[i] ?? "null",
      fn: (param, rddParams = 0) => {
        const src = String(s.params[param] ?? "");
        try {
          return jsToScala(src, rddParams, { helpers });
        } catch (e) {
          const reason = (e as Error).message;
          stubs.push({ nodeId: s.node.id, label, param, reason });
          before.push(
            `// STUB: the ${param} of node "${label}" could not be translated mechanically (${reason}).`,
            "// Its JavaScript source, to translate by hand:",
            ...commentLines(src, "//  "),
          );
          // A function literal of the same arity, so the call site types its parameters and it compiles;
          // it throws when Spark calls it.
          const params = Array.from({ length: arity(src) }, (_, i) => `a${i}`);
          return `(${params.join(", ")}) => throw new NotImplementedError(${JSON.stringify(`translate the ${param} of node '${label}' by hand`)})`;
        }
      },
      dur: (param) => scalaDuration(s.params[param]),
      lit: (param, lists = 1) => scalaLiteral(s.params[param], lists),
      has: (param) => !isEmpty(s.params[param]),
      generator: (kind) => {
        generators.add(kind);
        return scalaGeneratorCall(kind, generatorArgs(s.params, doc.settings.seed));
      },
      define: (suffix, expr) => {
        before.push(`val ${s.name}${suffix} = ${expr}`);
        return `${s.name}${suffix}`;
      },
      valueType: (i) => valueTypes.get(s.inputs[i] ?? ""),
      produces: (t) => valueTypes.set(s.name, t),
      todo: (text) => before.push(`// TODO: types: ${text}`),
      use: (importPath) => extraImports.add(importPath),
      helper: (name) => helpers.add(name),
    };
    const emit = EMITTERS[s.node.kind] ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no Scala export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    if (isGeneratorKind(s.node.kind)) {
      before.push(
        `// "${label}": the studio's seeded ${s.node.kind} source, ported exactly (same seed, same records per`,
        "// batch, same partitions), queued one RDD per batch for Batches batches.",
        ...(s.node.kind === "textLines"
          ? [
              `// On a cluster, read real lines instead: ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
            ]
          : []),
        ...(plan.checkpoint ? [QUEUE_CHECKPOINT_NOTE.replace("#", "//")] : []),
      );
    }
    body.push(
      ...before.map((l) => ind + l),
      ind + (s.spec.isOutput ? statement : `val ${s.name} = ${statement}`),
    );
  }
  const helperCode = [...scalaHelperCode(helpers), ...scalaGeneratorCode(generators)];
  const code = [
    ...scalaHeader(doc, plan, objectName(doc.name)),
    "import scala.collection.mutable",
    "import scala.reflect.ClassTag",
    "import org.apache.spark.{HashPartitioner, SparkConf, SparkContext}",
    "import org.apache.spark.rdd.RDD",
    "import org.apache.spark.streaming.{Milliseconds, Seconds, State, StateSpec, StreamingContext, Time}",
    "import org.apache.spark.streaming.dstream.{ConstantInputDStream, DStream}",
    ...[...extraImports].sort().map((i) => `import ${i}`),
    "",
    `object ${objectName(doc.name)} {`,
    `  val BatchIntervalMs = ${doc.batchIntervalMs}L`,
    `  val BatchInterval = ${scalaDuration(doc.batchIntervalMs)}`,
    `  val BlockIntervalMs = ${blockIntervalOf(doc)}L`,
    "  /** How many batches the generated sources queue (the first argument); after them batches are empty. */",
    "  var Batches = 100",
    "",
    ...helperCode,
    ...(helperCode.length ? [""] : []),
    "  def main(args: Array[String]): Unit = {",
    `${ind}if (args.nonEmpty) Batches = args(0).toInt`,
    `${ind}// The master comes from spark-submit --master; without one it is local[N].`,
    `${ind}val conf = new SparkConf().setIfMissing("spark.master", "local[${Math.max(2, doc.settings.defaultParallelism)}]").setAppName(${JSON.stringify(doc.name)})${confSetCalls(sparkConfEntries(doc))}`,
    `${ind}val ssc = new StreamingContext(conf, BatchInterval)`,
    `${ind}val sc = ssc.sparkContext`,
    ...(plan.checkpoint
      ? [`${ind}ssc.checkpoint(${JSON.stringify(doc.settings.checkpointDir || "checkpoint")})`]
      : []),
    "",
    ...body,
    "",
    `${ind}ssc.start()`,
    `${ind}ssc.awaitTermination()`,
    "  }",
    "}",
    "",
  ].join("\n");
  return { code, stubs, filename: `${objectName(doc.name)}.scala` };
}
