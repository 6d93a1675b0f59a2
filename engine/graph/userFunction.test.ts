import { describe, expect, it } from "vitest";
import { checkUserFunction, compileUserFunction, UserFunctionSyntaxError } from "./userFunction";

function errorAt(source: string) {
  const r = checkUserFunction(source);
  if (r.ok) throw new Error(`expected a syntax error in ${source}`);
  return r.error;
}

describe("checkUserFunction", () => {
  it("accepts JavaScript and strips TypeScript types", () => {
    expect(checkUserFunction('(line) => line.split(" ")')).toEqual({
      ok: true,
      js: '(line) => line.split(" ")',
    });
    const r = checkUserFunction("(w: string): [string, number] => [w, 1]");
    expect(r.ok && r.js).toBe("(w) => [w, 1]");
  });

  it("points at the line and column of an error in a JavaScript body", () => {
    expect(errorAt("(x) => {\n  return x +;\n}")).toMatchObject({ line: 2, column: 13 });
    expect(errorAt('(line) => line.split(" "')).toMatchObject({ line: 1, column: 25 });
  });

  it("points into TypeScript sources too", () => {
    const e = errorAt("(x: number) => {\n  const y = ;\n  return y;\n}");
    expect(e.line).toBe(2);
  });

  it("rejects text after the function expression and empty functions", () => {
    expect(errorAt("(a, b) => a + b b")).toMatchObject({ line: 1, column: 17 });
    expect(errorAt("   ").message).toBe("The function is empty");
  });
});

describe("compileUserFunction", () => {
  it("evaluates to a callable function", () => {
    const f = compileUserFunction<(w: string) => [string, number]>("(w: string) => [w, 1]");
    expect(f("a")).toEqual(["a", 1]);
  });

  it("throws a SyntaxError with line and column", () => {
    expect(() => compileUserFunction("(x) => {\n  return x +;\n}")).toThrow(UserFunctionSyntaxError);
    expect(() => compileUserFunction("(x) => {\n  return x +;\n}")).toThrow(/line 2, column 13/);
  });

  it("refuses an expression that is not a function", () => {
    expect(() => compileUserFunction("1 + 2")).toThrow("Expected a function, got number");
  });
});
