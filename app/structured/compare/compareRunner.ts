// Runs the two pipelines of a comparison, each in its own engine worker, in lockstep: load both, then
// each step runs one batch (DStream) or one trigger (Structured Streaming) on both sides and resolves
// once both have reported it. Same seeds, same clock start: the same input on both sides. No React here.
import type { ToWorker } from "../../../engine/protocol/messages";
import { t } from "../../i18n/useT";
import { foldWorkerMessages, type RunInput } from "../../store/run/data/foldWorkerMessages";
import { initialRunData, type RunData } from "../../store/run/data/runData";
import type { ClientMessage, EngineClient } from "../../workerClient/engineClient";
import { isStructuredInput, triggerReportsOf } from "../data/messages";
import { foldTriggerReports, initialStructuredRun, type StructuredRunData } from "../data/structuredRun";
import { pipelineModeOf } from "../mode";
import type { Comparison } from "./comparison";
import "../../i18n/later/structured";

/** Records sampled per partition: enough for the plot to show every row of a small seeded source. */
const SAMPLE_SIZE = 200;
/** A step that gets no answer in this long failed (the worker's own watchdog restarts a hung worker). */
const STEP_TIMEOUT_MS = 20_000;

export interface SideState {
  dstream: RunData;
  structured: StructuredRunData;
  steps: number;
  error?: string;
}

export interface CompareRunner {
  readonly sides: readonly [SideState, SideState];
  /** Loads both pipelines; rejects with the first error of either. */
  load(): Promise<void>;
  /** One batch / trigger on both sides. */
  step(): Promise<void>;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

function initialSide(): SideState {
  return { dstream: initialRunData(), structured: initialStructuredRun(), steps: 0 };
}

export function createCompareRunner(comparison: Comparison, createClient: () => EngineClient): CompareRunner {
  const clients = comparison.sides.map(() => createClient());
  const states: [SideState, SideState] = [initialSide(), initialSide()];
  const listeners = new Set<() => void>();
  /** Resolves the awaited answer of each side: "loaded" after a load, a completed batch/trigger after a step. */
  const waiting: (((error?: string) => void) | undefined)[] = [undefined, undefined];

  const notify = () => {
    for (const l of listeners) l();
  };

  clients.forEach((client, i) => {
    const doc = comparison.sides[i].doc;
    client.subscribe((msg: ClientMessage) => {
      const side = states[i];
      if (isStructuredInput(msg)) {
        const reports = triggerReportsOf([msg], doc);
        if (reports.length > 0) side.structured = foldTriggerReports(side.structured, reports);
        if (msg.type === "structuredTrigger") {
          side.steps++;
          waiting[i]?.();
        }
        if (msg.type === "structuredQueryTerminated" && msg.exception) {
          side.error = msg.exception;
          waiting[i]?.(msg.exception);
        }
      } else {
        const input = msg as RunInput;
        side.dstream = foldWorkerMessages(side.dstream, [input]);
        if (input.type === "batchCompleted") {
          side.steps++;
          waiting[i]?.();
        }
        if (input.type === "loaded") {
          const error = input.issues.find((x) => x.severity === "error");
          if (error) side.error = error.message;
          waiting[i]?.(error?.message);
        }
        if (input.type === "nodeError" || input.type === "error" || input.type === "workerRestarted") {
          side.error = input.message;
          waiting[i]?.(input.message);
        }
      }
      states[i] = { ...side };
      notify();
    });
  });

  const awaitAnswer = (i: number, send: () => void) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => done(t("structured.compare.noAnswer")), STEP_TIMEOUT_MS);
      const done = (error?: string) => {
        clearTimeout(timer);
        waiting[i] = undefined;
        if (error) reject(new Error(`${comparison.sides[i].label}: ${error}`));
        else resolve();
      };
      waiting[i] = done;
      send();
    });

  const sendBoth = (make: (i: number) => ToWorker[]) =>
    Promise.all(
      clients.map((c, i) =>
        awaitAnswer(i, () => {
          for (const m of make(i)) c.send(m);
        }),
      ),
    ).then(() => undefined);

  return {
    get sides() {
      return states;
    },
    load: () => {
      states[0] = initialSide();
      states[1] = initialSide();
      return sendBoth((i) => [
        { type: "setSampleSize", records: SAMPLE_SIZE },
        { type: "load", pipeline: comparison.sides[i].doc, requestId: 1 },
      ]);
    },
    step: () => sendBoth(() => [{ type: "step" }]),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      for (const c of clients) c.dispose();
      listeners.clear();
    },
  };
}

/** Whether a side runs a structured query (its data is `structured`) or a DStream pipeline (`dstream`). */
export const isStructuredSide = (comparison: Comparison, i: number) =>
  pipelineModeOf(comparison.sides[i].doc) === "structured";
