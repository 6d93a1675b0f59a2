// User functions are inlined in the TypeScript export exactly as typed; multi-line ones are re-indented
// to sit under the statement that uses them.

export function inlineFunction(source: unknown, indent = ""): string {
  const text = String(source ?? "").trim();
  const lines = text.split("\n");
  if (lines.length === 1) return text;
  const rest = lines.slice(1);
  const common = Math.min(...rest.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  const shift = Number.isFinite(common) ? common : 0;
  const closing = rest.at(-1)?.trim().startsWith("}") ?? false;
  // Keep the relative indentation; the last line (a closing brace) lines up with the statement.
  return [
    lines[0],
    ...rest.map((l, i) =>
      l.trim() === ""
        ? ""
        : `${indent}${i === rest.length - 1 && closing ? "" : "  "}${l.slice(shift).trimEnd()}`,
    ),
  ].join("\n");
}

/** A JSON value as a TypeScript literal: `[["a", 1], ["b", 2]]`, with spaces after commas. */
export function tsLiteral(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(tsLiteral).join(", ")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v).map(
      ([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(x)}`,
    );
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return v === undefined ? "undefined" : JSON.stringify(v);
}
