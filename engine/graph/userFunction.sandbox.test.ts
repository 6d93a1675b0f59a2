import { describe, expect, it } from "vitest";
import { checkUserFunction } from "./userFunction";

const refusal = (source: string) => {
  const result = checkUserFunction(source);
  return result.ok ? undefined : result.error;
};

describe("user functions that load modules", () => {
  it("refuses import() where it is", () => {
    expect(refusal("(x) => import('https://example.com/x.js')")).toMatchObject({
      message: expect.stringMatching(/^import\(\) is not available/),
      line: 1,
      column: 8,
    });
    expect(refusal("(x) => {\n  void import(x);\n  return x;\n}")).toMatchObject({ line: 2, column: 8 });
  });

  it("refuses it in TypeScript too", () => {
    expect(refusal('async (x: string) => (await import("./a")).f(x)')?.message).toMatch(/^import\(\)/);
  });

  it("still accepts a property or a string named import", () => {
    expect(checkUserFunction("(x) => ({ import: x.import, s: 'import(x)' })").ok).toBe(true);
  });
});
