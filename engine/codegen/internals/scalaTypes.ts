// Scala types the exporter can know for sure, from literal data or from the text of a translated
// function; everything else is left to Scala's inference or marked `// TODO: types`.

/** A translated function literal `(a, b) => body` split into its parameter names and body. */
export function splitLambda(scala: string): { params: string[]; body: string } | undefined {
  const m = /^\(([\w$, ]*)\) => ([\s\S]*)$/.exec(scala);
  if (!m) return undefined;
  return {
    params: m[1]
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
    body: m[2],
  };
}

/** `(a, b) => a + b` with ["Int", "Int"] -> `(a: Int, b: Int) => a + b`; undefined types stay bare. */
export function annotateLambda(scala: string, types: readonly (string | undefined)[]): string {
  const f = splitLambda(scala);
  if (!f || !types.some((t) => t !== undefined)) return scala;
  const params = f.params.map((p, i) => (types[i] ? `${p}: ${types[i]}` : p));
  return `(${params.join(", ")}) => ${f.body}`;
}

/** The Scala type of a number/string/boolean literal's JSON value, or undefined. */
export function scalaTypeOfValues(values: readonly unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  if (values.every((v) => typeof v === "string")) return "String";
  if (values.every((v) => typeof v === "boolean")) return "Boolean";
  if (values.every((v) => typeof v === "number"))
    return values.every((v) => Number.isInteger(v)) ? "Int" : "Double";
  return undefined;
}

/** The value type of JSON `[k, v]` pairs (all of them), or undefined when they are not simple pairs. */
export function scalaPairValueType(records: readonly unknown[]): string | undefined {
  if (records.length === 0 || !records.every((r) => Array.isArray(r) && r.length === 2)) return undefined;
  return scalaTypeOfValues(records.map((r) => (r as unknown[])[1]));
}

const literalType = (text: string): string | undefined =>
  /^-?\d+$/.test(text)
    ? "Int"
    : /^-?\d+\.\d+$/.test(text)
      ? "Double"
      : /^"/.test(text)
        ? "String"
        : undefined;

/** The value type of a pair built by a translated map, when the value is a literal: `(w) => (w, 1)` -> Int. */
export function pairLiteralValueType(scala: string): string | undefined {
  const body = splitLambda(scala)?.body;
  const m = body && /^\(.*, (-?\d+(?:\.\d+)?|"[^"]*"|[\w$]+\.(?:size|length))\)$/.exec(body);
  if (!m) return undefined;
  // a string's or a collection's size (`(w) => (w, w.size)`) is an Int
  return /\.(size|length)$/.test(m[1]) ? "Int" : literalType(m[1]);
}

/** Whether a translated transform function only reorders, filters or moves its RDD's records
 * (`(rdd) => rdd.sortByKey()`), so its records keep their type. */
export function keepsRecordType(scala: string): boolean {
  const f = splitLambda(scala);
  const rdd = f?.params[0];
  if (!f || !rdd) return false;
  const call = "\\.(?:sortByKey|distinct|repartition|coalesce|cache|persist)\\([\\w, ]*\\)";
  return new RegExp(`^${rdd.replace(/\$/g, "\\$")}(?:${call})+$`).test(f.body.trim());
}

/** The state type a translated update function defaults to: `state.getOrElse(0)` (or `state || 0`'s
 * `state.filter(jsTruthy).getOrElse(0)`) -> Int. */
export function stateDefaultType(scala: string, stateParam: string): string | undefined {
  const escaped = stateParam.replace(/\$/g, "\\$");
  const m = new RegExp(
    `\\b${escaped}(?:\\.filter\\(jsTruthy\\))?\\.getOrElse\\((-?\\d+(?:\\.\\d+)?|"[^"]*")\\)`,
  ).exec(scala);
  return m ? literalType(m[1]) : undefined;
}

/** The state type a translated mapping function defaults to: `state.getOption().getOrElse(0)` -> Int. */
export function stateOptionDefaultType(scala: string, stateParam: string): string | undefined {
  const escaped = stateParam.replace(/\$/g, "\\$");
  const m = new RegExp(`\\b${escaped}\\.getOption\\(\\)\\.getOrElse\\((-?\\d+(?:\\.\\d+)?|"[^"]*")\\)`).exec(
    scala,
  );
  return m ? literalType(m[1]) : undefined;
}
