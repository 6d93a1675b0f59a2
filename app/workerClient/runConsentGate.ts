// Holds a pipeline's load until the user has said its functions may run, when the pipeline came from
// someone else (app/persistence/pipelineTrust.ts). Messages sent meanwhile wait, in order; a refusal
// answers the load with an error the run slice shows, and nothing reaches the worker.
import type { ToWorker } from "../../engine/protocol/messages";
import { requestRunConsent } from "../dialogs/share/runConsent";
import { t } from "../i18n/useT";
import { trustOf } from "../persistence/pipelineTrust";
import type { RunInput } from "../store/run/data/foldWorkerMessages";
import type { EngineLink } from "../store/run/engineLink";

/** The refusal's words, in the language of the moment. */
export const refusedMessage = () => t("notices.run.refusedFunctions");

export function withRunConsent(link: EngineLink, currentPipelineId: () => string): EngineLink {
  let held: ToWorker[] | null = null;
  const listeners = new Set<(msg: RunInput) => void>();

  /** Sends the held load (or answers it with the refusal), then what waited behind it. */
  const release = (allowed: boolean, load: Extract<ToWorker, { type: "load" }>) => {
    const after = held ?? [];
    held = null;
    if (allowed) link.send(load);
    else {
      const refusal: RunInput = {
        type: "loaded",
        requestId: load.requestId,
        issues: [{ severity: "error", message: refusedMessage() }],
      };
      for (const l of listeners) l(refusal);
    }
    // Commands for a refused pipeline are dropped; a later load is asked about on its own.
    for (const m of after) if (allowed || m.type === "load") send(m);
  };

  const send = (message: ToWorker) => {
    if (held) {
      held.push(message);
      return;
    }
    if (message.type !== "load") {
      link.send(message);
      return;
    }
    held = [];
    const pipelineId = currentPipelineId();
    void trustOf(pipelineId)
      .then((trust) =>
        trust === "ask"
          ? requestRunConsent({ pipelineId, doc: message.pipeline, reason: "run" })
          : Promise.resolve(true),
      )
      .then((allowed) => release(allowed, message));
  };

  return {
    send,
    subscribe(listener) {
      listeners.add(listener);
      const off = link.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
  };
}
