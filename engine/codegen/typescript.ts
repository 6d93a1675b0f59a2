// Exports a pipeline document as a TypeScript program on the engine's public API, written as a user
// would write it by hand: one statement per node, the node labels as variable names, the user's
// functions inlined as typed. It runs headless with `npx tsx <file> [batches] [seed]` on the manual
// clock and prints what `dstream-studio run` prints for the same batches and seed.
import { positionalArgs } from "../graph/catalog/callArgs";
import { kindEmitters } from "../graph/kinds/emitters";
import { hasRealSource } from "../graph/realWorld";
import { type ApiCall, DEFAULT_BLOCK_INTERVAL_MS, type PipelineDocument } from "../graph/types";
import { blockIntervalOf } from "../graph/validateBlockInterval";
import type { Emit, TsHelpers } from "./internals/emit";
import { commentLines, fileBase, isEmpty } from "./internals/literals";
import { isSeeded, planPipeline } from "./internals/plan";
import { inlineFunction, tsLiteral } from "./internals/tsFunctions";
import type { GeneratedCode } from "./internals/types";

/** Type helpers the exported file declares when a user function needs an annotation. */
const TYPE_HELPERS: Record<string, string> = {
  RecordOf: "type RecordOf<S> = S extends DStream<infer T> ? T : never;",
  KeyOf: "type KeyOf<S> = S extends DStream<[infer K, unknown]> ? K : never;",
  ValueOf: "type ValueOf<S> = S extends DStream<[unknown, infer V]> ? V : never;",
};

/** `input.method(args)` from the catalog's `api` shape (see engine/graph/README.md). */
const fromApi =
  (api: ApiCall): Emit<TsHelpers> =>
  (_s, h) => {
    const args = positionalArgs(api.args, h.has).map((a) => {
      if (a.kind === "input") return h.input(a.index);
      if (a.kind === "parentSlide") return `${h.input(0)}.slideDuration`;
      return a.kind === "fn" ? h.fn(a.param) : h.lit(a.param);
    });
    return `${h.input(0)}.${api.method}(${args.join(", ")})`;
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
    const h: TsHelpers = {
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
    const emit = kindEmitters[s.spec.kind]?.typescript ?? (s.spec.api && fromApi(s.spec.api));
    if (!emit) throw new Error(`node "${s.node.id}": no TypeScript export for kind "${s.node.kind}" yet`);
    const statement = emit(s, h);
    body.push(...before, s.spec.isOutput ? `${statement};` : `const ${s.name} = ${statement};`);
  }
  const file = `${fileBase(doc.name)}.ts`;
  // Records from a real source arrive in real time: on the manual clock every batch would run at once.
  const realTime = hasRealSource(doc);
  const howToRun = realTime
    ? [
        "// It reads a real source, so it runs on the system clock, as Spark does: batch k at the k-th batch",
        `// interval after start, BATCHES batches (about BATCHES x ${doc.batchIntervalMs} ms), then it stops: npx tsx ${file} [batches]${sourceIndex === 0 ? "" : " [seed]"}`,
      ]
    : [
        `// Inside the DStream Studio repository, run it headless on the manual clock: npx tsx ${file} [batches]${sourceIndex === 0 ? "" : " [seed]"}`,
      ];
  const runIt = realTime
    ? [
        "// Stop once BATCHES batches have run (the hook sees each batch as it is generated; its jobs follow).",
        "let batchesRun = 0;",
        "const ran = new Promise<void>((resolve) =>",
        "  ssc.addBatchGeneratedHook(() => void (++batchesRun === BATCHES && queueMicrotask(resolve))),",
        ");",
        "ssc.start();",
        "await Promise.race([ran, ssc.awaitTermination()]);",
        "ssc.stop();",
      ]
    : ["ssc.start();", "await ssc.advance(BATCHES);", "ssc.stop();"];
  const code = [
    `// ${doc.name}: exported from DStream Studio as a TypeScript program on the engine's public API.`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    `// It prints what \`dstream-studio run --batches N\` prints: each print() block (and foreachRDD rows) per batch.`,
    ...howToRun,
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
    `const ssc = new StreamingContext({ batchIntervalMs: ${doc.batchIntervalMs}, ${blockIntervalOption(doc)}clock: "${realTime ? "system" : "manual"}", defaultParallelism: ${doc.settings.defaultParallelism} });`,
    ...(plan.checkpoint
      ? [`ssc.checkpoint(${JSON.stringify(doc.settings.checkpointDir || "checkpoint")});`]
      : []),
    "",
    ...body,
    "",
    ...runIt,
    "",
  ].join("\n");
  return { code, stubs: [], filename: file };
}
