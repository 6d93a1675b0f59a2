// The rows a seeded generator source gives its first triggers, as the engine generates them, for the
// exports to replay (one file per trigger): the same seed gives Spark the same rows.

import type { PipelineDocument, PipelineNode } from "../../graph/types";
import { InMemoryFileSystem } from "../../sinks/fileSystem";
import { sourceReader } from "../exec/sourceReaders";
import { analyzeDocument } from "../plan/fromDocument";
import { postOrder } from "../plan/logical";
import { DDL_NAME } from "../sql/ddl";
import { inBoth, type StructuredKindEmitters } from "./emit";
import { fieldsOf, jsonRecords } from "./literals";

export function generatedTriggers(
  node: PipelineNode,
  doc: PipelineDocument,
  triggers: number,
): { schema: string; batches: unknown[][][] } {
  const plan = analyzeDocument(doc)
    .queries.flatMap((q) => postOrder(q.plan))
    .find((p) => p.nodeId === node.id);
  if (plan?.op !== "source") throw new Error(`${node.id} is not part of a query`);
  const sink = analyzeDocument(doc).queries.find((q) => postOrder(q.plan).includes(plan));
  const interval = sink?.intervalMs ?? 1000;
  const reader = sourceReader(plan, { fileSystem: new InMemoryFileSystem(), seed: doc.settings.seed });
  const batches: unknown[][][] = [];
  for (let k = 1; k <= triggers; k++)
    batches.push(reader.read((k - 1) * interval, k * interval).rows.map((t) => t.v));
  return { schema: plan.schema.map((f) => `${f.name} ${DDL_NAME[f.type]}`).join(", "), batches };
}

/** A seeded generator source (sensorReadings, clickStream): its first triggers' rows, one file a trigger. */
export const generatedSourceEmitters: StructuredKindEmitters = inBoth(({ node, doc, triggers }, l) => {
  const { schema, batches } = generatedTriggers(node, doc, triggers);
  const fields = fieldsOf(schema);
  return l.replayJson(
    schema,
    node.id,
    batches.map((b) => jsonRecords(b, fields)),
  );
});
