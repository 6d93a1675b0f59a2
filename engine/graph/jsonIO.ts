// JSON export and import of a pipeline document. Import never touches the current pipeline: it returns
// either a parsed document or every problem found, one line each, for the import dialog to show.
import { getAnyKind as getKind } from "./catalog";
import { type ParseResult, parsePipeline } from "./schema";
import type { PipelineDocument } from "./types";

export function pipelineToJson(doc: PipelineDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parses a document from JSON text (a file, a paste or a share link), rejecting unknown node kinds too. */
export function pipelineFromJson(text: string): ParseResult {
  if (text.trim() === "") return { ok: false, errors: ["the file is empty"] };
  const parsed = parsePipeline(text);
  if (!parsed.ok) return parsed;
  const unknown = parsed.doc.nodes.flatMap((n, i) =>
    getKind(n.kind) ? [] : [`nodes[${i}].kind: unknown node kind "${n.kind}" (node "${n.id}")`],
  );
  return unknown.length > 0 ? { ok: false, errors: unknown } : parsed;
}

/** "socket_word_count.pipeline.json" */
export function pipelineFileName(doc: PipelineDocument): string {
  const base =
    doc.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "pipeline";
  return `${base}.pipeline.json`;
}
