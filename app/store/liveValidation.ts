// Keeps `issues` in step with the document: the validator runs shortly after each edit (debounced, so
// typing in a code field doesn't validate on every key). Unless given one, the validator is loaded on first
// use, not with the page. It takes the syntax check of user functions as a parameter: the page passes its
// deferred one (sucrase, too big for the first load, comes with the first edit, code field or export:
// deferredFunctionCheck.ts), and the validator runs again when that has loaded.

import type { PipelineDocument, PipelineIssue } from "../../engine/graph/types";
import { t } from "../i18n/useT";
import { checkUserFunction, functionCheckerReady, loadFunctionChecker } from "./deferredFunctionCheck";
import type { useStudio } from "./index";

const DEBOUNCE_MS = 200;

/** Positions don't change validity: skip re-validating while a node is dragged. */
function sameExceptPositions(a: PipelineDocument, b: PipelineDocument): boolean {
  if (
    a.edges !== b.edges ||
    a.settings !== b.settings ||
    a.batchIntervalMs !== b.batchIntervalMs ||
    a.blockIntervalMs !== b.blockIntervalMs
  )
    return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((n, i) => {
    const m = b.nodes[i];
    return n.id === m.id && n.kind === m.kind && n.params === m.params && n.label === m.label;
  });
}

type Validator = (doc: PipelineDocument) => PipelineIssue[];

export function startValidation(store: typeof useStudio, validator?: Validator): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let validatePipeline = validator;
  let stopped = false;
  if (!validatePipeline) {
    import("../../engine/graph/validateDocument").then(
      (module) => {
        validatePipeline = (doc) => module.validateDocument(doc, checkUserFunction);
        if (!stopped) validate();
      },
      (e: Error) =>
        store
          .getState()
          .setIssues([
            { severity: "error", message: t("notices.document.validatorLoad", { message: e.message }) },
          ]),
    );
  }
  const validate = () => {
    if (!validatePipeline) return; // validates once loaded
    const { doc, setIssues } = store.getState();
    try {
      setIssues(validatePipeline(doc));
    } catch (e) {
      setIssues([
        {
          severity: "error",
          message: t("notices.document.validatorFailed", { message: (e as Error).message }),
        },
      ]);
    }
  };
  validate();
  void functionCheckerReady.then(() => {
    if (!stopped) validate();
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc || sameExceptPositions(state.doc, previous.doc)) return;
    void loadFunctionChecker().catch(() => {}); // the worker still checks every function before a run
    clearTimeout(timer);
    timer = setTimeout(validate, DEBOUNCE_MS);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
