// Exports a pipeline document as a Spark Streaming program in Scala (the DStream API). User functions
// become Scala function literals when simple enough, otherwise marked stubs (`???`) with the source.
import type { PipelineDocument } from "../graph/types";
import { commentLines, isEmpty, scalaDuration, scalaLiteral } from "./internals/literals";
import { planPipeline, type Step } from "./internals/plan";
import { SCALA_GENERATORS } from "./internals/scalaSources";
import { jsToScala } from "./internals/toScala";
import type { GeneratedCode, StubbedFunction } from "./internals/types";

interface Helpers {
  input: (i: number) => string;
  fn: (param: string, rddParams?: number) => string;
  dur: (param: string) => string;
  /** A JSON param as a Scala literal; `lists` outer levels stay Seqs (see scalaLiteral). */
  lit: (param: string, lists?: number) => string;
  has: (param: string) => boolean;
  perBatch: () => number;
  generator: (kind: string) => string;
  define: (param: string, expr: string) => string;
}

type Emit = (s: Step, h: Helpers) => string;

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

const EMITTERS: Record<string, Emit> = {
  queueStream: (s, h) =>
    `ssc.queueStream(mutable.Queue(${h.lit("batches", 2)}.map(batch => sc.parallelize(batch)): _*), ${s.params.oneAtATime !== false}${h.has("defaultBatch") ? `, sc.parallelize(${h.lit("defaultBatch")})` : ""})`,
  textLines: (s) => `ssc.socketTextStream(${JSON.stringify(s.params.host)}, ${Number(s.params.port)})`,
  randomWords: (s, h) =>
    `ssc.queueStream(${h.generator("randomWords")}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.vocabularySize}, ${s.params.wordsPerLine}))`,
  sensorReadings: (s, h) =>
    `ssc.queueStream(${h.generator("sensorReadings")}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.sensors}, BatchIntervalMs))`,
  clickStream: (s, h) =>
    `ssc.queueStream(${h.generator("clickStream")}(sc, ${s.params.seed}L, ${h.perBatch()}, ${s.params.users}, ${s.params.pages}, BatchIntervalMs))`,
  staticTable: (_s, h) => `new ConstantInputDStream(ssc, sc.parallelize(${h.lit("rows")}))`,
  map: (_s, h) => `${h.input(0)}.map(${h.fn("fn")})`,
  flatMap: (_s, h) => `${h.input(0)}.flatMap(${h.fn("fn")})`,
  filter: (_s, h) => `${h.input(0)}.filter(${h.fn("fn")})`,
  glom: (_s, h) => `${h.input(0)}.glom()`,
  mapPartitions: (_s, h) => `${h.input(0)}.mapPartitions(${h.fn("fn")})`,
  repartition: (_s, h) => `${h.input(0)}.repartition(${h.lit("numPartitions")})`,
  union: (s, h) =>
    s.inputs.length === 2
      ? `${h.input(0)}.union(${h.input(1)})`
      : `ssc.union(Seq(${s.inputs.map((_, i) => h.input(i)).join(", ")}))`,
  count: (_s, h) => `${h.input(0)}.count()`,
  countByValue: (_s, h) =>
    `${h.input(0)}.countByValue(${h.has("numPartitions") ? h.lit("numPartitions") : ""})`,
  reduce: (_s, h) => `${h.input(0)}.reduce(${h.fn("fn")})`,
  reduceByKey: (_s, h) => `${h.input(0)}.reduceByKey(${h.fn("fn")}${partitions(h)})`,
  groupByKey: (_s, h) => `${h.input(0)}.groupByKey(${h.has("numPartitions") ? h.lit("numPartitions") : ""})`,
  combineByKey: (_s, h) =>
    `${h.input(0)}.combineByKey(${h.fn("createCombiner")}, ${h.fn("mergeValue")}, ${h.fn("mergeCombiners")}, new HashPartitioner(${h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism"}))`,
  mapValues: (_s, h) => `${h.input(0)}.mapValues(${h.fn("fn")})`,
  flatMapValues: (_s, h) => `${h.input(0)}.flatMapValues(${h.fn("fn")})`,
  transform: (_s, h) => {
    const fn = h.define("Fn", h.fn("fn", 1));
    const table = h.has("table") ? h.define("Table", `sc.parallelize(${h.lit("table")})`) : "null";
    return `${h.input(0)}.transform((rdd, time) => ${fn}(rdd, time.milliseconds, ${table}))`;
  },
  transformWith: (_s, h) =>
    `${h.input(0)}.transformWith(${h.input(1)}, (left: RDD[_], right: RDD[_], time: Time) => ${h.define("Fn", h.fn("fn", 2))}(left, right, time.milliseconds))`,
  join: (_s, h) => `${h.input(0)}.join(${h.input(1)}${partitions(h)})`,
  leftOuterJoin: (_s, h) => `${h.input(0)}.leftOuterJoin(${h.input(1)}${partitions(h)})`,
  rightOuterJoin: (_s, h) => `${h.input(0)}.rightOuterJoin(${h.input(1)}${partitions(h)})`,
  fullOuterJoin: (_s, h) => `${h.input(0)}.fullOuterJoin(${h.input(1)}${partitions(h)})`,
  cogroup: (_s, h) => `${h.input(0)}.cogroup(${h.input(1)}${partitions(h)})`,
  window: (_s, h) =>
    `${h.input(0)}.window(${h.dur("windowMs")}${optional(h, ["slideMs", () => h.dur("slideMs")])})`,
  countByWindow: (_s, h) => `${h.input(0)}.countByWindow(${h.dur("windowMs")}, ${h.dur("slideMs")})`,
  reduceByWindow: (_s, h) =>
    `${h.input(0)}.reduceByWindow(${h.fn("fn")}, ${h.has("invFn") ? `${h.fn("invFn")}, ` : ""}${h.dur("windowMs")}, ${h.dur("slideMs")})`,
  reduceByKeyAndWindow: (_s, h) => {
    if (!h.has("invFn"))
      return `${h.input(0)}.reduceByKeyAndWindow(${h.fn("fn")}, ${h.dur("windowMs")}${slideAndPartitions(h)})`;
    const slide = slideOrParent(h);
    const named = [
      ...(h.has("numPartitions") ? [`numPartitions = ${h.lit("numPartitions")}`] : []),
      ...(h.has("filterFunc") ? [`filterFunc = ${h.fn("filterFunc")}`] : []),
    ];
    return `${h.input(0)}.reduceByKeyAndWindow(${[h.fn("fn"), h.fn("invFn"), h.dur("windowMs"), slide, ...named].join(", ")})`;
  },
  countByValueAndWindow: (_s, h) =>
    `${h.input(0)}.countByValueAndWindow(${h.dur("windowMs")}, ${h.dur("slideMs")}${partitions(h)})`,
  groupByKeyAndWindow: (_s, h) =>
    `${h.input(0)}.groupByKeyAndWindow(${h.dur("windowMs")}${slideAndPartitions(h)})`,
  updateStateByKey: (_s, h) => {
    if (!h.has("initialState")) return `${h.input(0)}.updateStateByKey(${h.fn("fn")}${partitions(h)})`;
    const n = h.has("numPartitions") ? h.lit("numPartitions") : "sc.defaultParallelism";
    return `${h.input(0)}.updateStateByKey(${h.fn("fn")}, new HashPartitioner(${n}), sc.parallelize(${h.lit("initialState")}))`;
  },
  mapWithState: (s, h) => {
    let spec = `StateSpec.function(${h.fn("fn")})`;
    if (h.has("timeoutMs")) spec += `.timeout(${h.dur("timeoutMs")})`;
    if (h.has("initialState")) spec += `.initialState(sc.parallelize(${h.lit("initialState")}))`;
    if (h.has("numPartitions")) spec += `.numPartitions(${h.lit("numPartitions")})`;
    return `${h.input(0)}.mapWithState(${spec})${s.params.stateSnapshots === true ? ".stateSnapshots()" : ""}`;
  },
  print: (_s, h) => `${h.input(0)}.print(${h.lit("num")})`,
  foreachRDD: (_s, h) =>
    `${h.input(0)}.foreachRDD((rdd, time) => println(s"$time: \${rdd.take(${h.lit("limit")}).mkString(", ")}"))`,
  saveAsTextFiles: (s, h) =>
    `${h.input(0)}.saveAsTextFiles(${JSON.stringify(s.params.prefix)}${h.has("suffix") ? `, ${JSON.stringify(s.params.suffix)}` : ""})`,
};

function objectName(name: string): string {
  const id = name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""));
  const cap = id.charAt(0).toUpperCase() + id.slice(1);
  return /^[A-Z]/.test(cap) ? cap : `Pipeline${cap}`;
}

export function toScala(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<string>();
  const body: string[] = [];
  const ind = "    ";
  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    const h: Helpers = {
      input: (i) => s.inputs[i] ?? "null",
      fn: (param, rddParams = 0) => {
        const src = String(s.params[param] ?? "");
        try {
          return jsToScala(src, rddParams);
        } catch (e) {
          const reason = (e as Error).message;
          const name = `${s.name}${param.charAt(0).toUpperCase()}${param.slice(1)}Stub`;
          stubs.push({ nodeId: s.node.id, label, param, reason });
          before.push(
            `// STUB: the ${param} of node "${label}" could not be translated mechanically (${reason}).`,
            "// Its JavaScript source, to translate by hand:",
            ...commentLines(src, "//  "),
            `def ${name}: Nothing = ???`,
          );
          return name;
        }
      },
      dur: (param) => scalaDuration(s.params[param]),
      lit: (param, lists = 1) => scalaLiteral(s.params[param], lists),
      has: (param) => !isEmpty(s.params[param]),
      perBatch: () => Math.max(1, Math.round((Number(s.params.rate) * doc.batchIntervalMs) / 1000)),
      generator: (kind) => {
        generators.add(kind);
        return SCALA_GENERATORS[kind].fn;
      },
      define: (suffix, expr) => {
        if (expr.endsWith("Stub")) return expr;
        before.push(`val ${s.name}${suffix} = ${expr}`);
        return `${s.name}${suffix}`;
      },
    };
    const emit = EMITTERS[s.node.kind];
    if (!emit) throw new Error(`node "${s.node.id}": no Scala export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    if (s.node.kind in SCALA_GENERATORS) {
      before.push(
        `// STUB: "${label}" is the studio's seeded ${s.node.kind} receiver; here a queue of similar random data.`,
      );
    }
    body.push(
      ...before.map((l) => ind + l),
      ind + (s.spec.isOutput ? statement : `val ${s.name} = ${statement}`),
    );
  }
  const helpers = [...generators].flatMap((k) => [...SCALA_GENERATORS[k].code, ""]);
  const code = [
    `// ${doc.name}: exported from DStream Studio as a Spark Streaming program in Scala (DStream API).`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    "import scala.collection.mutable",
    "import scala.util.Random",
    "import org.apache.spark.{HashPartitioner, SparkConf, SparkContext}",
    "import org.apache.spark.rdd.RDD",
    "import org.apache.spark.streaming.{Milliseconds, Seconds, State, StateSpec, StreamingContext, Time}",
    "import org.apache.spark.streaming.dstream.ConstantInputDStream",
    "",
    `object ${objectName(doc.name)} {`,
    `  val BatchIntervalMs = ${doc.batchIntervalMs}L`,
    `  val BatchInterval = ${scalaDuration(doc.batchIntervalMs)}`,
    "",
    ...helpers,
    "  def main(args: Array[String]): Unit = {",
    `${ind}val conf = new SparkConf().setMaster("local[${Math.max(2, doc.settings.defaultParallelism)}]").setAppName(${JSON.stringify(doc.name)})`,
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
