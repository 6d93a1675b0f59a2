// Translated functions mean in Python what they mean in JavaScript: each function runs on the same inputs
// in JavaScript and, translated with its helpers, under python3; the results must be equal (strings
// exactly: number printing, rounding, remainders, splitting). Skipped when python3 is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pyHelperCode } from "../runtime/pyHelpers";
import { jsToPython } from "./index";

const python = spawnSync("python3", ["--version"]).status === 0;

const CASES: [fn: string, inputs: unknown[]][] = [
  ["(x) => String(x)", [3, 2.5, -0.1, 1e21, 1.5e-7, 0.000001, 123456789012, 1 / 3, 100, true, "s"]],
  ["(x) => String(x / 2)", [6, 7, 1, 1e22, 3e-6]],
  ["(x) => x + '!'", [3, 2.5, "a", -4]],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the JavaScript under test is a template literal.
  ["(x) => `${x} and ${x * 2}`", [1.5, 4, -7]],
  ["(x) => x % 3", [7, -7, 7.5, -7.5, 0, 3]],
  ["(x) => Math.round(x)", [2.5, 3.5, -2.5, -0.4, 0.49999999999999994, 1.4999]],
  ["(x) => Math.floor(x) + Math.ceil(x)", [2.5, -2.5, 3]],
  ["(x) => x / 4", [8, 10, -3]],
  // A whole quotient prints as JavaScript prints it (3, not 3.0), and dividing by zero is no error.
  ["(x) => x / 2 + '|' + 7 / x", [6, 0, -4, 5]],
  ['(s) => s.split(" ")', ["a b  c", "", " x ", "one"]],
  ['(s) => s.split(" ", 2)', ["a b c d", "a", ""]],
  ['(s) => s.split("")', ["abc", ""]],
  ['(s) => s.split(".")', ["a.b.c", "a..b.", "."]],
  ["(s) => s.split(/\\s+/)", ["a  b\tc", " a ", ""]],
  ['(s) => s.split(",").map((p) => Number(p))', ["1,2.5,,-3", "7"]],
  ["(s) => parseInt(s) + parseFloat(s)", ["12px", " 3.5e1x", "-4"]],
  ['(xs) => xs.join("-")', [[1, 2.5, "a"], []]],
  ["(x) => x.length > 2 ? x.toUpperCase() : x.trim()", ["abc", " a ", "ab"]],
  [
    '(p) => p[0] + ":" + (p[1] ?? 0)',
    [
      ["a", 1],
      ["b", null],
      ["c", 2.5],
    ],
  ],
  [
    "(w) => { const n = w.length; if (n % 2 === 0) return [w, n / 2]; return [w.slice(1), n]; }",
    ["abcd", "abc", ""],
  ],
  ['(s) => s.replace("a", "b") + s.replaceAll("a", "c") + s.charAt(1) + s.indexOf("a")', ["banana", "xyz"]],
  ["(xs) => xs.filter((x) => x > 1).map((x) => x * 2).reduce((a, b) => a + b, 0)", [[1, 2, 3], []]],
];

function runJs(fn: string, input: unknown): unknown {
  return (new Function(`return (${fn});`)() as (x: unknown) => unknown)(input);
}

describe.skipIf(!python)("translated functions run in Python as in JavaScript (python3 needed)", () => {
  it("gives the same results for every case", () => {
    const helpers = new Set<string>();
    const defs: string[] = [];
    const lines = CASES.map(([fn], i) => `f${i} = ${jsToPython(fn, 0, { helpers, defs, defName: `d${i}` })}`);
    const program = [
      "import decimal, json, math, re",
      "from functools import reduce",
      ...pyHelperCode(helpers),
      ...defs,
      ...lines,
      `cases = json.loads(${JSON.stringify(JSON.stringify(CASES.map(([, inputs]) => inputs)))})`,
      "def plain(x):",
      "    return [plain(v) for v in x] if isinstance(x, (list, tuple)) else x",
      "tuples = lambda x: tuple(x) if isinstance(x, list) and len(x) == 2 and not isinstance(x[0], (int, float)) else x",
      "out = [[plain(globals()['f%d' % i](tuples(x))) for x in inputs] for i, inputs in enumerate(cases)]",
      "print(json.dumps(out))",
    ].join("\n");
    const fromPython = JSON.parse(
      execFileSync("python3", ["-c", program], { encoding: "utf8" }),
    ) as unknown[][];
    for (const [i, [fn, inputs]] of CASES.entries()) {
      const fromJs = JSON.parse(JSON.stringify(inputs.map((x) => runJs(fn, x))));
      expect(fromPython[i], fn).toEqual(fromJs);
    }
  });
});
