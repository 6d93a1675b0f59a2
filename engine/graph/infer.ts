// What the validator can know before any data arrive: whether each node's output is a pair stream,
// and each node's slide duration (the batch interval, or a window's slide downstream of it).
import { getKind, isEmptyParam, outputPairness } from "./catalog";
import type { Topology } from "./topology";
import type { PipelineDocument } from "./types";

export type Pairness = "pair" | "plain" | "unknown";

export function inferPairness(topo: Topology): Map<string, Pairness> {
  const result = new Map<string, Pairness>();
  for (const node of topo.order) {
    const spec = getKind(node.kind);
    if (!spec) {
      result.set(node.id, "unknown");
      continue;
    }
    const out = outputPairness(spec, node.params);
    if (out !== "same-as-input") {
      result.set(node.id, out);
      continue;
    }
    const ins = topo.inputs.get(node.id)!.ordered.map((e) => result.get(e.source) ?? "unknown");
    const all = (p: Pairness) => ins.length > 0 && ins.every((x) => x === p);
    result.set(node.id, all("pair") ? "pair" : all("plain") ? "plain" : "unknown");
  }
  return result;
}

/** Spark's DStream.slideDuration per node (ms); undefined where it cannot be known. */
export function inferSlides(doc: PipelineDocument, topo: Topology): Map<string, number | undefined> {
  const result = new Map<string, number | undefined>();
  for (const node of topo.order) {
    const spec = getKind(node.kind);
    const first = topo.inputs.get(node.id)!.ordered[0];
    const parent = first ? result.get(first.source) : undefined;
    if (spec?.category === "source") result.set(node.id, doc.batchIntervalMs);
    else if (spec?.params.some((p) => p.name === "slideMs")) {
      const slide = node.params.slideMs;
      result.set(node.id, isEmptyParam(slide) ? parent : typeof slide === "number" ? slide : undefined);
    } else result.set(node.id, parent);
  }
  return result;
}
