// The page's syntax check of user functions, loaded when first needed rather than with the page: the real
// check (engine/graph/userFunction.ts) strips types with sucrase, 80 KB gzip, too big for the first load.
// The page's validator is given this check (liveValidation.ts): until loadFunctionChecker() has run it
// takes every function's syntax as valid. Nothing runs unchecked meanwhile: the worker validates the document in
// full before a run starts and refuses it, with the errors on the nodes, when a function does not parse.
// Node (CLI, tests, exported programs) and the worker always use the real check.
import type { CheckResult } from "../../engine/graph/userFunction";

let realCheck: ((source: string) => CheckResult) | undefined;
let loading: Promise<void> | undefined;
let markReady: () => void = () => {};
/** Settles when the real check has loaded, whoever asked for it (a code field, the export dialog, an edit). */
export const functionCheckerReady: Promise<void> = new Promise((resolve) => {
  markReady = resolve;
});

export function checkUserFunction(source: string): CheckResult {
  return realCheck ? realCheck(source) : { ok: true, js: source };
}

/** Loads the real check (once); the validator's results include the functions' syntax from then on. */
export function loadFunctionChecker(): Promise<void> {
  loading ??= import("../../engine/graph/userFunction").then((m) => {
    realCheck = m.checkUserFunction;
    markReady();
  });
  return loading;
}

export const functionCheckerLoaded = (): boolean => realCheck !== undefined;
