// Waiting on the studio's store: a lesson step that steps batches or waits for the worker resolves when
// the store shows it happened (or gives up after a while, saying what did not come).
import { t } from "../../i18n/useT";
import { useStudio } from "../../store";
import type { StudioState } from "../../store/types";
import "../../i18n/later/lessons";

export function waitForStudio(
  done: (s: StudioState) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done(useStudio.getState())) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(t("lessons.didNotHappen", { what, seconds: timeoutMs / 1000 })));
    }, timeoutMs);
    const unsubscribe = useStudio.subscribe((s) => {
      if (!done(s)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Batches completed (with or without jobs) in the current run: one wave each. */
export const wavesOf = (s: StudioState) => s.wave?.seq ?? 0;

/** A run that ended or paused on an error: stepping further would wait for nothing. */
export const runStalled = (s: StudioState) =>
  s.runState === "crashed" || (s.runState === "idle" && s.notice !== undefined);

/**
 * The latest batch time the run has generated (queued, processing or completed). A step always
 * generates one batch; on a cluster slower than the interval it completes later, so a step waits for
 * this rather than for a completed batch.
 */
export const latestBatchOf = (s: StudioState): number =>
  Math.max(0, s.batches.at(-1)?.batchTimeMs ?? 0, ...s.pending.map((p) => p.info.batchTimeMs));

/** A Structured Streaming run's latest trigger (a step runs one); undefined before the first. */
export const lastTriggerOf = (s: StudioState) => s.structuredRun.triggers.at(-1);
