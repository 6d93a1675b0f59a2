// Exports a pipeline document as a Spark Streaming program in Scala (the DStream API). User functions
// become Scala function literals when simple enough, otherwise marked stubs (`???`) with the source.
import { positionalArgs } from "../graph/catalog/callArgs";
import { kindEmitters } from "../graph/kinds/emitters";
import type { ApiCall, PipelineDocument } from "../graph/types";
import type { Emit, GeneratorCode, ScalaHelpers } from "./internals/emit";
import { commentLines, isEmpty, scalaDuration, scalaLiteral } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE } from "./internals/plan";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import { jsToScala } from "./internals/toScala";
import type { GeneratedCode, StubbedFunction } from "./internals/types";

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
  const generators = new Map<string, GeneratorCode>();
  const body: string[] = [];
  const ind = "    ";
  const valueTypes = new Map<string, string | undefined>();
  const extraImports = new Set<string>();
  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    let usesGenerator = false;
    const h: ScalaHelpers = {
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
      generator: (g) => {
        usesGenerator = true;
        generators.set(g.fn, g);
        return g.fn;
      },
      define: (suffix, expr) => {
        if (expr.endsWith("Stub")) return expr;
        before.push(`val ${s.name}${suffix} = ${expr}`);
        return `${s.name}${suffix}`;
      },
      valueType: (i) => valueTypes.get(s.inputs[i] ?? ""),
      produces: (t) => valueTypes.set(s.name, t),
      todo: (text) => before.push(`// TODO: types: ${text}`),
      use: (importPath) => extraImports.add(importPath),
    };
    const emit = kindEmitters[s.spec.kind]?.scala ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no Scala export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    if (usesGenerator) {
      before.push(
        `// STUB: "${label}" is the studio's seeded ${s.node.kind} receiver; here a queue of similar random data.`,
        ...(plan.checkpoint ? [QUEUE_CHECKPOINT_NOTE.replace("#", "//")] : []),
      );
    }
    body.push(
      ...before.map((l) => ind + l),
      ind + (s.spec.isOutput ? statement : `val ${s.name} = ${statement}`),
    );
  }
  const helpers = [...generators.values()].flatMap((g) => [...g.code, ""]);
  const code = [
    `// ${doc.name}: exported from DStream Studio as a Spark Streaming program in Scala (DStream API).`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    "import scala.collection.mutable",
    "import scala.util.Random",
    "import org.apache.spark.{HashPartitioner, SparkConf, SparkContext}",
    "import org.apache.spark.rdd.RDD",
    "import org.apache.spark.streaming.{Milliseconds, Seconds, State, StateSpec, StreamingContext, Time}",
    "import org.apache.spark.streaming.dstream.ConstantInputDStream",
    ...[...extraImports].sort().map((i) => `import ${i}`),
    "",
    `object ${objectName(doc.name)} {`,
    `  val BatchIntervalMs = ${doc.batchIntervalMs}L`,
    `  val BatchInterval = ${scalaDuration(doc.batchIntervalMs)}`,
    "",
    ...helpers,
    "  def main(args: Array[String]): Unit = {",
    `${ind}val conf = new SparkConf().setMaster("local[${Math.max(2, doc.settings.defaultParallelism)}]").setAppName(${JSON.stringify(doc.name)})${confSetCalls(sparkConfEntries(doc))}`,
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
