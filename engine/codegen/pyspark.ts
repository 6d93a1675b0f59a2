// Exports a pipeline document as a PySpark Streaming program (the DStream API of Spark's programming
// guide). User functions become Python lambdas when they are simple enough, otherwise marked stubs.
import { pythonArgs } from "../graph/catalog/callArgs";
import { kindEmitters } from "../graph/kinds/emitters";
import type { ApiCall, PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import type { Emit, PyHelpers } from "./internals/emit";
import { commentLines, fileBase, isEmpty, pyLiteral, pySeconds } from "./internals/literals";
import { planPipeline, QUEUE_CHECKPOINT_NOTE, type Step, snakeCase } from "./internals/plan";
import { confSetCalls, sparkConfEntries } from "./internals/sparkConf";
import type { GeneratedCode, StubbedFunction } from "./internals/types";
import { type GeneratorKind, generatorArgs, isGeneratorKind } from "./runtime/generatorParams";
import { pyHeader } from "./runtime/headers";
import { pyGeneratorCall, pyGeneratorCode } from "./runtime/pyGenerators";
import { pyHelperCode } from "./runtime/pyHelpers";
import { arity, jsToPython } from "./translate/index";

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

/** Kinds PySpark builds on reduceByKeyAndWindow with an inverse function: they need ssc.checkpoint. */
const PY_INVERSE_WINDOWS = new Set(["groupByKeyAndWindow", "countByWindow", "countByValueAndWindow"]);

export function toPySpark(doc: PipelineDocument): GeneratedCode {
  const plan = planPipeline(doc);
  const stubs: StubbedFunction[] = [];
  const generators = new Set<GeneratorKind>();
  const standIns = new Map<string, string[]>();
  const helpers = new Set<string>();
  const pyCheckpoint = plan.steps.find((s) => PY_INVERSE_WINDOWS.has(s.node.kind));
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
    const h: PyHelpers = {
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
      note: (text) => before.push(`# ${text}`),
      standIn: (g) => {
        standIns.set(g.fn, g.code);
        return g.fn;
      },
      perBatch: () => Math.max(1, Math.round((Number(s.params.rate) * doc.batchIntervalMs) / 1000)),
    };
    const emit = kindEmitters[s.spec.kind]?.pyspark ?? (s.spec.api && fromApi(s.spec.api));
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
  const defs = [
    ...pyHelperCode(helpers),
    ...generatorCode,
    ...[...standIns.values()].flatMap((c) => [...c, ""]),
  ];
  const tail = ["", "ssc.start()", "ssc.awaitTermination()", ""];
  return {
    code: [...head, "", ...defs, ...body, ...tail].join("\n"),
    stubs,
    filename: `${fileBase(doc.name)}.py`,
  };
}
