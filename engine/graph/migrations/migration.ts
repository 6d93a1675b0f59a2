// What a migration is, and a helper for the ones that change nodes.

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What changed, one sentence (shown when a migration fails). */
  description: string;
  up(doc: RawDocument): RawDocument;
}

/** The nodes of a raw document, each passed through `f` (non-object nodes kept as they are). */
export function mapNodes(doc: RawDocument, f: (node: RawDocument) => RawDocument): RawDocument {
  if (!Array.isArray(doc.nodes)) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      typeof n === "object" && n !== null && !Array.isArray(n) ? f(n as RawDocument) : n,
    ),
  };
}
