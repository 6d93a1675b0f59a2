// Asking before someone else's pipeline runs: one question at a time, answered in RunConsentDialog.
// An answer of "Run its functions" is remembered for the pipeline (pipelineTrust.ts).
import type { PipelineDocument } from "../../../engine/graph";
import { setTrust } from "../../persistence/pipelineTrust";

export interface ConsentRequest {
  pipelineId: string;
  doc: PipelineDocument;
  /** Why it is asked: the pipeline just came in, or the user pressed Run/Step. */
  reason: "opened" | "run";
}

let pending: { request: ConsentRequest; answers: ((allowed: boolean) => void)[] } | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

export const subscribeConsent = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const pendingConsent = (): ConsentRequest | null => pending?.request ?? null;

/** Asks (or joins the question already open for the same pipeline); resolves with the answer. */
export function requestRunConsent(request: ConsentRequest): Promise<boolean> {
  return new Promise((resolve) => {
    if (pending && pending.request.pipelineId === request.pipelineId) {
      pending.answers.push(resolve);
      return;
    }
    if (pending) answer(false);
    pending = { request, answers: [resolve] };
    changed();
  });
}

export function answer(allowed: boolean): void {
  const current = pending;
  if (!current) return;
  pending = null;
  changed();
  const done = allowed ? setTrust(current.request.pipelineId, "allowed") : Promise.resolve();
  const tell = () => {
    for (const a of current.answers) a(allowed);
  };
  // The answer holds for this session even when storage fails to remember it.
  void done.then(tell, tell);
}
