// A corpus document made ready to run on both sides: file outputs and the checkpoint directory under a
// work directory of its own (Spark's saveAsTextFiles resolves relative paths against the JVM's
// directory, so both sides get the same absolute path).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { PipelineDocument } from "../../engine/graph/types";

export function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "_");
}

export function prepare(
  doc: PipelineDocument,
  name: string,
  workDir: string,
  side: string,
): PipelineDocument {
  const dir = join(workDir, side, slug(name));
  return {
    ...doc,
    name: slug(name),
    settings: {
      ...doc.settings,
      ...(doc.settings.checkpointDir !== undefined ? { checkpointDir: join(dir, "checkpoint") } : {}),
    },
    nodes: doc.nodes.map((n) => {
      if (n.kind === "saveAsTextFiles" || n.kind === "saveAsObjectFiles")
        return { ...n, params: { ...n.params, prefix: join(dir, n.id, "batch") } };
      if (n.kind === "saveToDatabase") {
        // SQLite creates the file, not its directory.
        mkdirSync(join(dir, n.id), { recursive: true });
        return { ...n, params: { ...n.params, file: join(dir, n.id, "studio.db") } };
      }
      return n;
    }),
  };
}

/** Output nodes whose records Spark orders: fed by a transform that sorts. */
export function orderedOutputs(doc: PipelineDocument): Set<string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Set<string>();
  for (const e of doc.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (source?.kind === "transform" && /\.sortBy(Key)?\(/.test(String(source.params.fn)) && target)
      out.add(target.id);
  }
  return out;
}
