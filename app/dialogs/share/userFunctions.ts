// The code a pipeline would run: every function parameter of every node, as the consent dialog shows it.

import type { PipelineDocument } from "../../../engine/graph";
import { getAnyKind } from "../../../engine/graph";

export interface UserFunction {
  nodeId: string;
  /** The node's label, else its kind's. */
  nodeLabel: string;
  param: string;
  source: string;
}

export function userFunctions(doc: PipelineDocument): UserFunction[] {
  const found: UserFunction[] = [];
  for (const node of doc.nodes) {
    const spec = getAnyKind(node.kind);
    for (const p of spec?.params ?? []) {
      const value = node.params?.[p.name];
      if (p.param.type !== "function" || typeof value !== "string" || value.trim() === "") continue;
      found.push({
        nodeId: node.id,
        nodeLabel: node.label ?? spec?.label ?? node.kind,
        param: p.label,
        source: value,
      });
    }
  }
  return found;
}
