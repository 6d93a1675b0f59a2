// Exports a pipeline document as a PySpark Streaming program (the DStream API of Spark's programming
// guide). User functions become Python lambdas when they are simple enough, otherwise marked stubs.
import { pythonArgs } from "../graph/catalog/callArgs";
import { kindEmitters } from "../graph/kinds/emitters";
import type { ApiCall, PipelineDocument } from "../graph/types";
import type { Emit, GeneratorCode, PyHelpers } from "./internals/emit";
import { commentLines, fileBase, isEmpty, pyLiteral, pySeconds } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE, type Step, snakeCase } from "./internals/plan";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import { jsToPython } from "./internals/toPython";
import type { GeneratedCode, StubbedFunction } from "./internals/types";

/** `input.method(args)` from the catalog's `api` shape; an empty optional argument is None. */
const fromApi =
  (api: ApiCall): Emit<PyHelpers> =>
  (_s, h) => {
    const args = pythonArgs(api.args, h.has).map((a) => {
      if (a === null) return "None";
      if (a.kind === "input") return h.input(a.index);
      if (a.kind === "fn") return h.fn(a.param);
      return a.kind === "duration" ? h.secs(a.param) : h.opt(a.param);
    });
    return `${h.input(0)}.${api.pythonMethod ?? api.method}(${args.join(", ")})`;
  };

export function toPySpark(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Map<string, GeneratorCode>();
  const pysparkImports = new Set(["SparkContext"]);
  const body: string[] = [];
  const pyName = (s: Step) => snakeCase(s.name);
  const names = new Map(plan.steps.map((s) => [s.name, pyName(s)]));

  for (const s of plan.steps) {
    const label = s.node.label || s.node.id;
    const before: string[] = [];
    let usesGenerator = false;
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
    const h: PyHelpers = {
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
      generator: (g) => {
        usesGenerator = true;
        generators.set(g.fn, g);
        return g.fn;
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
    const emit = kindEmitters[s.spec.kind]?.pyspark ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no PySpark export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    if (s.spec.category === "source" && before.length === 0 && usesGenerator) {
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
  for (const g of generators.values()) head.push("", ...g.code, "");
  const tail = ["", "ssc.start()", "ssc.awaitTermination()", ""];
  return { code: [...head, ...body, ...tail].join("\n"), stubs, filename: `${fileBase(doc.name)}.py` };
}
