// The walk every language's export makes of one query: the nodes the sink reads from, in dependency
// order (each input before the node reading it, each node once), one variable a node, the sink's
// input last. The language says how a node's expression reads and how a variable is declared.
import { buildTopology } from "../../graph/topology";
import type { PipelineDocument, PipelineNode } from "../../graph/types";
import { identifierOf } from "./literals";

export interface QueryLines {
  lines: string[];
  /** The variable holding the DataFrame the sink writes. */
  result: string;
}

export function queryLines(
  doc: PipelineDocument,
  sinkId: string,
  expression: (node: PipelineNode, inputs: string[]) => string,
  declare: (name: string, expression: string) => string,
): QueryLines {
  const topo = buildTopology(doc);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const visit = (id: string): string => {
    const known = names.get(id);
    if (known) return known;
    const inputs = topo.inputs.get(id)!.ordered.map((e) => visit(e.source));
    const name = `df_${identifierOf(id)}`;
    lines.push(declare(name, expression(topo.nodes.get(id)!, inputs)));
    names.set(id, name);
    return name;
  };
  const input = topo.inputs.get(sinkId)!.ordered[0];
  return { lines, result: visit(input.source) };
}
