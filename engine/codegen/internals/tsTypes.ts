// Types for the TypeScript export where inference cannot find them: the record type of literal data
// (queueStream batches, static tables, initial state), and parameter annotations for user functions
// whose types TypeScript cannot infer from the call (transform's rdd, updateStateByKey's state, ...).

/** Longest array that literal data treats as a tuple (pairs, triples, nested pairs). */
const MAX_TUPLE = 4;

const union = (types: string[]): string => {
  const distinct = [...new Set(types)];
  if (distinct.length === 0) return "unknown";
  return distinct.length === 1 ? distinct[0] : distinct.join(" | ");
};

/**
 * The TypeScript type of records written as JSON: `["a", 1]` records are `[string, number]` pairs (the
 * engine's pairs are tuples); arrays of one length up to 4 are tuples, others arrays.
 */
export function recordType(records: readonly unknown[]): string {
  if (records.length === 0) return "unknown";
  if (records.every(Array.isArray)) {
    const arrays = records as unknown[][];
    const length = arrays[0].length;
    if (length > 0 && length <= MAX_TUPLE && arrays.every((a) => a.length === length)) {
      const positions = Array.from({ length }, (_, i) => recordType(arrays.map((a) => a[i])));
      return `[${positions.join(", ")}]`;
    }
    const element = recordType(arrays.flat());
    return element.includes(" ") ? `(${element})[]` : `${element}[]`;
  }
  return union(
    records.map((r) => {
      if (r === null) return "null";
      if (Array.isArray(r)) return `${recordType(r).replace(/^\[(.*)\]$/, "($1)")}[]`;
      if (typeof r === "object") {
        const fields = Object.entries(r).map(([k, v]) => `${JSON.stringify(k)}: ${recordType([v])}`);
        return `{ ${fields.join("; ")} }`;
      }
      return typeof r === "bigint" ? "number" : typeof r;
    }),
  );
}

/** The record type of queued batches (one array per batch), counting the default batch too. */
export const batchesRecordType = (batches: unknown, extra: unknown = []): string =>
  recordType([...(Array.isArray(batches) ? batches.flat() : []), ...(Array.isArray(extra) ? extra : [])]);

const SIMPLE_PARAMS = /^\s*(?:async\s+)?(?:\(([\w$\s,]*)\)|([A-Za-z_$][\w$]*))\s*=>/;

/**
 * Annotates the parameters of an arrow function whose parameters are plain names without types:
 * `(values, state) => ...` with [undefined, "number | undefined"] becomes
 * `(values, state: number | undefined) => ...`. Anything else (typed, destructured, `function`) is kept.
 */
export function annotateParams(fn: string, types: readonly (string | undefined)[]): string {
  const m = SIMPLE_PARAMS.exec(fn);
  if (!m) return fn;
  const names = (m[1] ?? m[2]).split(",").map((p) => p.trim());
  if (names.length === 1 && names[0] === "") return fn;
  if (!types.some((t, i) => t !== undefined && i < names.length)) return fn;
  const params = names.map((n, i) => (types[i] === undefined ? n : `${n}: ${types[i]}`));
  const head = fn.slice(0, m.index + m[0].length);
  const asyncPrefix = /^\s*async\s+/.test(head) ? "async " : "";
  return `${asyncPrefix}(${params.join(", ")}) =>${fn.slice(m.index + m[0].length)}`;
}
