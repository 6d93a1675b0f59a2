import { describe, expect, it } from "vitest";
import { Untranslatable } from "./jsExpr";
import { jsToPython } from "./toPython";
import { jsToScala } from "./toScala";

describe("translating simple arrow functions", () => {
  const cases: [js: string, python: string, scala: string][] = [
    ['(line) => line.split(" ")', 'lambda line: line.split(" ")', '(line) => line.split(" ")'],
    ["(word) => [word, 1]", "lambda word: (word, 1)", "(word) => (word, 1)"],
    ["(a, b) => a + b", "lambda a, b: a + b", "(a, b) => a + b"],
    [
      '([k, v]) => v > 2 && k !== "x"',
      'lambda p0: (p0[1] > 2) and (p0[0] != "x")',
      '(p0) => (p0._2 > 2) && (p0._1 != "x")',
    ],
    [
      "(r) => [r.sensorId, [r.value, 1]]",
      'lambda r: (r["sensorId"], (r["value"], 1))',
      "(r) => (r.sensorId, (r.value, 1))",
    ],
    // JavaScript divides as floating point: Scala must not divide two integers as integers.
    [
      "(t) => Math.round((t[0] / t[1]) * 100) / 100",
      "lambda t: round((t[0] / t[1]) * 100) / 100",
      "(t) => math.round((t._1.toDouble / t._2) * 100).toDouble / 100",
    ],
    [
      "(w) => w.length > 3 ? w.toUpperCase() : w",
      "lambda w: w.upper() if (len(w) > 3) else w",
      "(w) => if (w.length > 3) w.toUpperCase else w",
    ],
    [
      "(values, state) => values.reduce((a, b) => a + b, state ?? 0)",
      "lambda values, state: reduce(lambda a, b: a + b, values, state if state is not None else 0)",
      "(values, state) => values.foldLeft(state.getOrElse(0))((a, b) => a + b)",
    ],
    ["(x) => Math.max(x, 0)", "lambda x: max(x, 0)", "(x) => math.max(x, 0)"],
    ["(v) => !v", "lambda v: not v", "(v) => !v"],
  ];
  it.each(cases)("%s", (js, python, scala) => {
    expect(jsToPython(js)).toBe(python);
    expect(jsToScala(js)).toBe(scala);
  });

  it("keeps RDD methods on RDD parameters of transform functions", () => {
    const js = "(rdd, timeMs, table) => rdd.map((x) => [x, 1]).join(table)";
    expect(jsToPython(js, 1)).toBe("lambda rdd, timeMs, table: rdd.map(lambda x: (x, 1)).join(table)");
    expect(jsToScala(js, 1)).toBe("(rdd, timeMs, table) => rdd.map((x) => (x, 1)).join(table)");
  });

  it("turns arrays' map into a list comprehension-free Python call", () => {
    expect(jsToPython("(xs) => xs.map((x) => x * 2)")).toBe("lambda xs: list(map(lambda x: x * 2, xs))");
  });

  it.each([
    ["block bodies", "(line) => { return line; }"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the JavaScript under test is a template literal.
    ["template literals", "(x) => `a${x}`"],
    ["unknown methods", "(x) => x.padStart(3)"],
    ["type annotations", "(x: string) => x"],
    ["non-functions", "42"],
    ["regular expressions", "(x) => x.split(/\\s+/)"],
  ])("refuses %s", (_what, js) => {
    expect(() => jsToPython(js)).toThrow(Untranslatable);
    expect(() => jsToScala(js)).toThrow(Untranslatable);
  });
});
