// Exports a pipeline document as a Spark Streaming program in Scala (the DStream API). User functions
// become Scala function literals when simple enough, otherwise marked stubs (throwing functions) with the source.
import { positionalArgs } from "../graph/catalog/callArgs";
import { kindEmitters } from "../graph/kinds/emitters";
import type { ApiCall, PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import type { Emit, ScalaHelpers } from "./internals/emit";
import { commentLines, isEmpty, scalaDuration, scalaLiteral } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE } from "./internals/plan";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import type { GeneratedCode, StubbedFunction } from "./internals/types";
import { type GeneratorKind, generatorArgs, isGeneratorKind } from "./runtime/generatorParams";
import { scalaHeader } from "./runtime/headers";
import { scalaGeneratorCall, scalaGeneratorCode } from "./runtime/scalaGenerators";
import { scalaHelperCode } from "./runtime/scalaHelpers";
import { arity, jsToScala } from "./translate/index";

/** `input.method(args)` from the catalog's `api` shape (see engine/graph/README.md). */
const fromApi =
  (api: ApiCall): Emit<ScalaHelpers> =>
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

function objectName(name: string): string {
  const id = name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""));
  const cap = id.charAt(0).toUpperCase() + id.slice(1);
  return /^[A-Z]/.test(cap) ? cap : `Pipeline${cap}`;
}

export function toScala(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<GeneratorKind>();
  const standIns = new Map<string, string[]>();
  const helpers = new Set<string>();
  const body: string[] = [];
  const ind = "    ";
  const valueTypes = new Map<string, string | undefined>();
  const extraImports = new Set<string>();
  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    const h: ScalaHelpers = {
      input: (i) => s.inputs[i] ?? "null",
      fn: (param, rddParams = 0, options = {}) => {
        const src = String(s.params[param] ?? "");
        try {
          return jsToScala(src, rddParams, { helpers }, options);
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
      helper: (name) => helpers.add(name),
      define: (suffix, expr) => {
        before.push(`val ${s.name}${suffix} = ${expr}`);
        return `${s.name}${suffix}`;
      },
      valueType: (i) => valueTypes.get(s.inputs[i] ?? ""),
      produces: (t) => valueTypes.set(s.name, t),
      todo: (text) => before.push(`// TODO: types: ${text}`),
      use: (importPath) => extraImports.add(importPath),
      note: (text) => before.push(`// ${text}`),
      standIn: (g) => {
        standIns.set(g.fn, g.code);
        return g.fn;
      },
      perBatch: () => Math.max(1, Math.round((Number(s.params.rate) * doc.batchIntervalMs) / 1000)),
    };
    const emit = kindEmitters[s.spec.kind]?.scala ?? (s.spec.api && fromApi(s.spec.api));
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
  const helperCode = [
    ...scalaHelperCode(helpers),
    ...scalaGeneratorCode(generators),
    ...[...standIns.values()].flatMap((c) => [...c, ""]),
  ];
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
