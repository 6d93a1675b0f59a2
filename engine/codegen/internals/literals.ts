// JSON values (queued batches, static tables) written as Python and Scala literals. Two-element arrays
// become tuples, since pairs are tuples in both languages.

function isPair(v: unknown): v is [unknown, unknown] {
  return Array.isArray(v) && v.length === 2 && v.every((x) => !Array.isArray(x) || isPair(x));
}

/** `lists`: how many outer array levels are collections, not records (2 for queued batches). */
export function pyLiteral(v: unknown, lists = 0): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number" || typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => pyLiteral(x, lists - 1));
    return lists <= 0 && isPair(v) ? `(${items.join(", ")})` : `[${items.join(", ")}]`;
  }
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${JSON.stringify(k)}: ${pyLiteral(x)}`)
    .join(", ")}}`;
}

export function scalaLiteral(v: unknown, lists = 0): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean" || typeof v === "number" || typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => scalaLiteral(x, lists - 1));
    return lists <= 0 && isPair(v) ? `(${items.join(", ")})` : `Seq(${items.join(", ")})`;
  }
  return `Map(${Object.entries(v as object)
    .map(([k, x]) => `${JSON.stringify(k)} -> ${scalaLiteral(x)}`)
    .join(", ")})`;
}

/** Milliseconds as Python seconds: 1000 -> "1", 500 -> "0.5". */
export function pySeconds(ms: unknown): string {
  return String(Number(ms) / 1000);
}

/** Milliseconds as a Scala Duration: Seconds(2) or Milliseconds(500). */
export function scalaDuration(ms: unknown): string {
  const n = Number(ms);
  return n % 1000 === 0 ? `Seconds(${n / 1000})` : `Milliseconds(${n})`;
}

/** The first line of each comment block: a function's original source, one `prefix` per line. */
export function commentLines(text: string, prefix: string): string[] {
  return text.split("\n").map((l) => `${prefix} ${l}`.trimEnd());
}

export function fileBase(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "pipeline"
  );
}

export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}
