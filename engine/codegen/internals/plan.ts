// Turns a pipeline document into an ordered list of steps (one per node, inputs before users) with a
// variable name per node, so each emitter only writes one statement per step.
import { getKind, type KindName, needsCheckpoint, resolveParams } from "../../graph/catalog";
import { assertExportable } from "../../graph/exportChecks";
import { buildTopology } from "../../graph/topology";
import type { NodeKindSpec, PipelineDocument, PipelineNode } from "../../graph/types";

export interface Step {
  node: PipelineNode;
  spec: NodeKindSpec<KindName>;
  /** The node's params with catalog defaults filled in. */
  params: Record<string, unknown>;
  /** Variable names of the inputs, in handle order ("left" before "right"). */
  inputs: string[];
  name: string;
}

export interface Plan {
  doc: PipelineDocument;
  steps: Step[];
  checkpoint: boolean;
}

const RESERVED = new Set(
  [
    // JavaScript / TypeScript
    "break case catch class const continue debugger default delete do else enum export extends false finally for",
    "function if import in instanceof new null return super switch this throw true try typeof var void while with",
    "yield let static await async undefined process console",
    // Python keywords and the builtins translated functions use
    "and as assert def del elif except from global is lambda nonlocal not or pass raise None True False print",
    "map filter reduce list len max min str int float round abs sum math random object type",
    // Scala
    "val object type match implicit lazy sealed trait override mutable Random conf",
    // names the exported programs declare themselves
    "ssc sc main args seed SEED BATCHES formatRecord StreamingContext StateSpec",
  ]
    .join(" ")
    .split(" "),
);

/** "word counts" -> "wordCounts"; starts with a letter; never a keyword of JS, Python or Scala. */
export function identifierFrom(label: string, fallback: string): string {
  const parts = label.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let id = parts
    .map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1)))
    .join("");
  if (!id || !/^[A-Za-z]/.test(id)) id = fallback + id;
  return RESERVED.has(id) ? `${id}Stream` : id;
}

/** "wordCounts" -> "word_counts" (Python's style). */
export function snakeCase(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Throws a one-line Error for an unknown kind or a cycle; other problems are the validator's. */
export function planPipeline(doc: PipelineDocument): Plan {
  assertExportable(doc);
  const topo = buildTopology(doc);
  if (topo.cycles.length > 0)
    throw new Error(
      `the pipeline has a cycle through ${topo.cycles[0].path.map((id) => `"${id}"`).join(" -> ")}`,
    );
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const n of doc.nodes) {
    const base = identifierFrom(n.label || n.kind, n.kind);
    let name = base;
    for (let k = 2; used.has(name) || used.has(snakeCase(name)); k++) name = `${base}${k}`;
    used.add(name);
    names.set(n.id, name);
  }
  // The compiler's order, so output operations register (and print) in the same order as in the app.
  const steps = topo.order.map((n): Step => {
    const spec = getKind(n.kind);
    if (!spec) throw new Error(`node "${n.id}" has an unknown kind "${n.kind}"`);
    return {
      node: n,
      spec,
      params: resolveParams(spec, n.params),
      inputs: topo.inputs.get(n.id)!.ordered.map((e) => names.get(e.source)!),
      name: names.get(n.id)!,
    };
  });
  const checkpoint =
    doc.settings.checkpointDir !== undefined || steps.some((s) => needsCheckpoint(s.spec, s.node.params));
  return { doc, steps, checkpoint };
}

/** True for generated sources, whose records depend on a seed. */
export function isSeeded(spec: NodeKindSpec): boolean {
  return spec.params.some((p) => p.param.type === "seed");
}

/**
 * The document with every seeded source reseeded `seed + i` (i: its position among seeded sources in
 * the compiler's order): what `dstream-studio run --seed` runs and the exported TypeScript mirrors.
 */
export function reseed(doc: PipelineDocument, seed: number): PipelineDocument {
  const positions = new Map<string, number>();
  for (const n of buildTopology(doc).order) {
    const spec = getKind(n.kind);
    if (spec && isSeeded(spec)) positions.set(n.id, positions.size);
  }
  return {
    ...doc,
    settings: { ...doc.settings, seed },
    nodes: doc.nodes.map((n) =>
      positions.has(n.id) ? { ...n, params: { ...n.params, seed: seed + positions.get(n.id)! } } : n,
    ),
  };
}

/**
 * Under a generated-source stub when checkpointing is on. Spark's QueueInputDStream only logs a warning
 * when a checkpoint is written, but throws when a context is recovered from one.
 */
export const QUEUE_CHECKPOINT_NOTE =
  "# queueStream can't be recovered from a checkpoint (Spark warns when it writes one, and a restart from the checkpoint directory fails): use the real source before relying on recovery.";
