// The walk every language's export makes of one query: the nodes the sink reads from, in dependency
// order (each input before the node reading it, each node once), one variable a node, the sink's
// input last. Each node's expression is its kind's emitter's in that language.
import { structuredEmittersOf } from "../../graph/kinds/structured/emitters";
import { buildTopology } from "../../graph/topology";
import type { PipelineDocument } from "../../graph/types";
import type { ExportOptions } from "./emit";
import { identifierOf } from "./literals";

const LANGUAGE_NAMES = { pyspark: "PySpark", scala: "Scala" } as const;

export interface QueryLines {
  lines: string[];
  /** The variable holding the DataFrame the sink writes. */
  result: string;
}

export function queryLines(
  doc: PipelineDocument,
  sinkId: string,
  language: "pyspark" | "scala",
  declare: (name: string, expression: string) => string,
  opts: ExportOptions = {},
): QueryLines {
  const topo = buildTopology(doc);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const visit = (id: string): string => {
    const known = names.get(id);
    if (known) return known;
    const inputs = topo.inputs.get(id)!.ordered.map((e) => visit(e.source));
    const name = `df_${identifierOf(id)}`;
    const node = topo.nodes.get(id)!;
    const emitters = structuredEmittersOf(node.kind);
    if (!emitters) throw new Error(`${node.kind} has no ${LANGUAGE_NAMES[language]} form`);
    lines.push(declare(name, emitters[language]({ node, inputs, doc, triggers: opts.triggers ?? 10 })));
    names.set(id, name);
    return name;
  };
  const input = topo.inputs.get(sinkId)!.ordered[0];
  return { lines, result: visit(input.source) };
}
