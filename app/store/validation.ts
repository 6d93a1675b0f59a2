// Keeps `issues` in step with the document: the validator runs shortly after each edit (debounced, so
// typing in a code field doesn't validate on every key).

import { validatePipeline } from "../../engine/graph";
import type { PipelineDocument } from "../../engine/graph/types";
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

export function startValidation(store: typeof useStudio): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const validate = () => {
    const { doc, setIssues } = store.getState();
    try {
      setIssues(validatePipeline(doc));
    } catch (e) {
      setIssues([{ severity: "error", message: `The validator failed: ${(e as Error).message}` }]);
    }
  };
  validate();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc || sameExceptPositions(state.doc, previous.doc)) return;
    clearTimeout(timer);
    timer = setTimeout(validate, DEBOUNCE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
