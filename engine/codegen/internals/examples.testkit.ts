// Test helper: the gallery's example documents from public/examples, parsed by the schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveParams } from "../../graph/catalog";
import { emptyPipeline, parsePipeline } from "../../graph/schema";
import type { NodeKindSpec, PipelineDocument, PipelineNode } from "../../graph/types";

export const EXAMPLES_DIR = join(import.meta.dirname, "../../../public/examples");

export function loadExamples(): { file: string; doc: PipelineDocument }[] {
  const index = JSON.parse(readFileSync(join(EXAMPLES_DIR, "index.json"), "utf8")) as { file: string }[];
  return index.map(({ file }) => {
    const parsed = parsePipeline(readFileSync(join(EXAMPLES_DIR, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join("; ")}`);
    return { file, doc: parsed.doc };
  });
}

const at = (x: number): PipelineNode["position"] => ({ x, y: 0 });
const PAIRS = [
  [
    ["a", 1],
    ["b", 2],
    ["a", 3],
  ],
  [
    ["b", 4],
    ["c", 5],
  ],
  [],
  [
    ["a", 6],
    ["c", 7],
    ["c", 8],
  ],
];
const WORDS = [["to be or", "not to be"], ["be quick"], [], ["or not"]];

/** A pipeline around one node of `spec`'s kind with its default params: queued inputs and a print. */
export function pipelineAround(spec: NodeKindSpec, params: Record<string, unknown> = {}): PipelineDocument {
  const doc: PipelineDocument = { ...emptyPipeline(`one ${spec.kind}`), nodes: [], edges: [] };
  doc.settings = { ...doc.settings, checkpointDir: "/tmp/cp" };
  // transform's default filters out empty strings, so it gets lines; with a table it joins pairs.
  const pairs =
    spec.requiresPairInput ||
    ["transformWith", "union", "repartition"].includes(spec.kind) ||
    (spec.kind === "transform" && params.table !== undefined);
  const inputs = Math.min(spec.inputs.min, 2);
  for (let i = 0; i < inputs; i++) {
    const batches = pairs ? PAIRS.map((b) => b.map(([k, v]) => [k, Number(v) * (i + 1)])) : WORDS;
    doc.nodes.push({
      id: `in${i}`,
      kind: "queueStream",
      label: `input${i}`,
      params: { batches, oneAtATime: true },
      position: at(0),
    });
    doc.edges.push({ id: `e${i}`, source: `in${i}`, target: "node", targetHandle: spec.inputs.names?.[i] });
  }
  doc.nodes.push({
    id: "node",
    kind: spec.kind,
    label: `the ${spec.kind}`,
    params: resolveParams(spec, params),
    position: at(300),
  });
  if (!spec.isOutput) {
    doc.nodes.push({ id: "out", kind: "print", params: { num: 5 }, position: at(600) });
    doc.edges.push({ id: "eo", source: "node", target: "out" });
  }
  return doc;
}
