// Size and depth checks of a document before anything recursive (zod, the validator, exporters,
// printers) sees it. The walk keeps its own stack, so a value nested 100,000 levels is measured, not
// recursed into.
import { MAX_DOCUMENT_CHARS, MAX_DOCUMENT_DEPTH, MAX_DOCUMENT_VALUES, MAX_SHARE_LINK_CHARS } from "./limits";

const count = (n: number) => n.toLocaleString("en-US");

/** A problem with the document's JSON text before it is parsed, or undefined. */
export function textBoundsProblem(text: string): string | undefined {
  if (text.length <= MAX_DOCUMENT_CHARS) return undefined;
  return `the document is too large: ${count(text.length)} characters, more than the limit of ${count(MAX_DOCUMENT_CHARS)}`;
}

/** A share link's encoded pipeline that is too long to decompress safely, or undefined. */
export function shareLinkProblem(encoded: string): string | undefined {
  if (encoded.length <= MAX_SHARE_LINK_CHARS) return undefined;
  return `the link's pipeline is too long: ${count(encoded.length)} characters, more than the limit of ${count(MAX_SHARE_LINK_CHARS)}`;
}

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | undefined;
  depth: number;
}

/** `nodes[0].params.batches[0][0]`: the first `levels` keys of the path to a visit. */
function pathOf(visit: Visit, levels: number): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) keys.push(v.key);
  keys.reverse();
  let out = "";
  for (const key of keys.slice(0, levels))
    out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return (out || "(document)") + (keys.length > levels ? "…" : "");
}

/** The first place where a parsed document breaks the depth or size limit, as a path-based message. */
export function valueBoundsProblem(value: unknown): string | undefined {
  const stack: Visit[] = [{ value, key: "", parent: undefined, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (++seen > MAX_DOCUMENT_VALUES)
      return `(document): the document is too large: more than ${count(MAX_DOCUMENT_VALUES)} values`;
    if (typeof v !== "object" || v === null) continue;
    if (visit.depth >= MAX_DOCUMENT_DEPTH) {
      return `${pathOf(visit, 8)}: nested more than ${MAX_DOCUMENT_DEPTH} levels deep, the limit of a document (its records included)`;
    }
    const depth = visit.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: visit, depth });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push({ value: (v as Record<string, unknown>)[keys[i]], key: keys[i], parent: visit, depth });
    }
  }
  return undefined;
}
