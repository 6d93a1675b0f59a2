import { describe, expect, it } from "vitest";
import { jsToPython, jsToScala, Untranslatable } from "./index";

const py = (js: string, rddParams = 0) => jsToPython(js, rddParams, { helpers: new Set() });
const scala = (js: string, rddParams = 0) => jsToScala(js, rddParams, { helpers: new Set() });

describe("translating user functions from acorn's AST", () => {
  const cases: [js: string, python: string, scala: string][] = [
    ['(line) => line.split(" ")', 'lambda line: line.split(" ")', '(line) => jsSplit(line, " ")'],
    // string literals that look like operators
    ['(l) => l.split("-")', 'lambda l: l.split("-")', '(l) => jsSplit(l, "-")'],
    ['(x) => x + "!"', 'lambda x: js_str(x) + "!"', '(x) => jsStr(x) + "!"'],
    ['(l) => l.length + " chars"', 'lambda l: js_str(len(l)) + " chars"', '(l) => jsStr(l.size) + " chars"'],
    ['(s) => s.split(" ", 2)', 'lambda s: js_split(s, " ", 2)', '(s) => jsSplit(s, " ", 2)'],
    ["(word) => [word, 1]", "lambda word: (word, 1)", "(word) => (word, 1)"],
    ["(a, b) => a + b", "lambda a, b: a + b", "(a, b) => a + b"],
    ["(x) => x % 3", "lambda x: js_mod(x, 3)", "(x) => x % 3"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the JavaScript under test is a template literal.
    ["(x) => `n=${x}`", 'lambda x: "n=" + js_str(x)', '(x) => "n=" + jsStr(x)'],
    ["(x) => String(x)", "lambda x: js_str(x)", "(x) => jsStr(x)"],
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
    [
      "(t) => Math.round((t[0] / t[1]) * 100) / 100",
      "lambda t: js_div(js_round((js_div(t[0], t[1])) * 100), 100)",
      "(t) => math.round(((t._1.toDouble / t._2) * 100).toDouble).toDouble / 100",
    ],
    [
      "(w) => w.length > 3 ? w.toUpperCase() : w",
      "lambda w: w.upper() if (len(w) > 3) else w",
      "(w) => if (w.size > 3) w.toUpperCase else w",
    ],
    [
      "(values, state) => values.reduce((a, b) => a + b, state ?? 0)",
      "lambda values, state: reduce(lambda a, b: a + b, values, state if state is not None else 0)",
      "(values, state) => values.foldLeft(state.getOrElse(0))((a, b) => a + b)",
    ],
    ["(x) => x.split(/\\s+/)", 'lambda x: js_split_re(x, "\\\\s+")', '(x) => jsSplitRegex(x, "\\\\s+")'],
    ["(xs) => xs.join('-')", 'lambda xs: "-".join(map(js_str, xs))', '(xs) => xs.map(jsStr).mkString("-")'],
    ["(x) => Math.max(x, 0)", "lambda x: max(x, 0)", "(x) => math.max(x, 0)"],
    ["(v) => !v", "lambda v: not v", "(v) => !jsTruthy(v)"],
    // a partition's iterator as a list
    [
      "(records) => [Array.from(records).length]",
      "lambda records: [len(list(records))]",
      "(records) => Seq(records.toList.size)",
    ],
    [
      "(it) => Array.from(it, (x) => x * 2)",
      "lambda it: list(map(lambda x: x * 2, it))",
      "(it) => it.toList.map((x) => x * 2)",
    ],
    ["(it) => [...it].length", "lambda it: len(list(it))", "(it) => it.toList.size"],
  ];
  it.each(cases)("%s", (js, python, scalaText) => {
    expect(py(js)).toBe(python);
    expect(scala(js)).toBe(scalaText);
  });

  it("keeps RDD methods on RDD parameters of transform functions", () => {
    const js = "(rdd, timeMs, table) => rdd.map((x) => [x, 1]).join(table)";
    expect(py(js, 1)).toBe("lambda rdd, timeMs, table: rdd.map(lambda x: (x, 1)).join(table)");
    expect(scala(js, 1)).toBe("(rdd, timeMs, table) => rdd.map((x) => (x, 1)).join(table)");
  });

  it("writes a block body as a Python def and a Scala block expression", () => {
    const js =
      '(line) => { const parts = line.split(","); if (parts.length < 2) return ["?", 0]; return [parts[0], Number(parts[1])]; }';
    const ctx = { helpers: new Set<string>(), defs: [] as string[], defName: "parse_fn" };
    expect(jsToPython(js, 0, ctx)).toBe("parse_fn");
    expect(ctx.defs.join("\n")).toBe(
      [
        "def parse_fn(line):",
        '    parts = line.split(",")',
        "    if len(parts) < 2:",
        '        return ("?", 0)',
        "    return (parts[0], js_number(parts[1]))",
        "",
      ].join("\n"),
    );
    expect([...ctx.helpers]).toEqual(["js_number"]);
    expect(scala(js)).toBe(
      '(line) => { val parts = jsSplit(line, ","); if (parts.size < 2) { ("?", 0) } else { (parts(0), jsNumber(parts(1))) } }',
    );
  });

  it("collects the helpers the code calls", () => {
    const helpers = new Set<string>();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the JavaScript under test is a template literal.
    jsToPython("(x) => `${x % 2}` + String(Math.round(x))", 0, { helpers });
    expect([...helpers].sort()).toEqual(["js_mod", "js_round", "js_str"]);
  });

  it.each([
    ["unknown methods", "(x) => x.padStart(3)"],
    ["type annotations", "(x: string) => x"],
    ["non-functions", "42"],
    ["free variables", "(x) => x + y"],
    ["loops", "(xs) => { for (const x of xs) {} return 1; }"],
    ["paths without a return", "(x) => { if (x) return 1; }"],
    ["optional chaining", "(x) => x?.y"],
    ["Math.random", "(x) => Math.random()"],
  ])("refuses %s", (_what, js) => {
    expect(() => py(js)).toThrow(Untranslatable);
    expect(() => scala(js)).toThrow(Untranslatable);
  });
});
