// Scala's toString of a record with the values of each group in one order: Spark defines no order
// inside a group (groupByKey's CompactBuffer, groupByKeyAndWindow's ArrayBuffer, cogroup's two
// CompactBuffers), so the Scala side compares a group's values as a multiset, as canon() does for
// PySpark's and the engine's.
const GROUPS = ["CompactBuffer(", "ArrayBuffer("];

export function groupsSorted(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = GROUPS.find((g) => text.startsWith(g, i));
    if (!open) {
      out += text[i++];
      continue;
    }
    const start = i + open.length;
    const end = closing(text, start);
    if (end < 0) return out + text.slice(i);
    const items = splitTopLevel(text.slice(start, end)).map(groupsSorted);
    out += `${open}${items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(", ")})`;
    i = end + 1;
  }
  return out;
}

/** The index of the parenthesis closing the one opened just before `from`, or -1. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** "a, (b, c), d" -> ["a", "(b, c)", "d"]: the ", " separators of Scala's mkString at depth 0. */
function splitTopLevel(inner: string): string[] {
  if (inner === "") return [];
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && c === "," && inner[i + 1] === " ") {
      parts.push(inner.slice(last, i));
      last = i + 2;
      i++;
    }
  }
  parts.push(inner.slice(last));
  return parts;
}
