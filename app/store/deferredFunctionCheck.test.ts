import { describe, expect, it } from "vitest";
import {
  checkUserFunction,
  functionCheckerLoaded,
  functionCheckerReady,
  loadFunctionChecker,
} from "./deferredFunctionCheck";

describe("the page's deferred syntax check of user functions", () => {
  it("takes every function as valid until loaded, then checks with the real check", async () => {
    expect(functionCheckerLoaded()).toBe(false);
    expect(checkUserFunction("(x => x +").ok).toBe(true);
    let ready = false;
    void functionCheckerReady.then(() => {
      ready = true;
    });
    await loadFunctionChecker();
    await Promise.resolve();
    expect(ready).toBe(true);
    expect(functionCheckerLoaded()).toBe(true);
    const broken = checkUserFunction("(x => x +");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.line).toBe(1);
    expect(checkUserFunction("(x: number) => x + 1").ok).toBe(true);
  });

  it("loads once however often it is asked", async () => {
    const first = loadFunctionChecker();
    expect(loadFunctionChecker()).toBe(first);
    await first;
  });
});
