// Carries out a step's actions on the studio, in order: the same store actions the toolbar and the
// panels use, so a lesson drives the real engine exactly as a student's clicks would.
import { loseExecutor } from "../../canvas/fault/faultStore";
import { currentLanguage } from "../../i18n/i18n";
import { t } from "../../i18n/useT";
import { useStudio } from "../../store";
import { type LessonOrigin, NO_HIGHLIGHT, useLessons } from "../lessonStore";
import type { Action } from "../schema";
import { lessonComparison, TRIGGER_COMPARISON } from "./lessonComparison";
import { callLifecycle, listenForLessonEvents } from "./lessonEvents";
import { fetchPublicJson, loadLessonPipeline } from "./loadLessonPipeline";
import { settingPatch } from "./settingPatch";
import { lastTriggerOf, latestBatchOf, runStalled, waitForStudio, wavesOf } from "./studioWait";
import "../../i18n/later/lessons";

async function stepBatches(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = wavesOf(useStudio.getState());
    const latest = latestBatchOf(useStudio.getState());
    const trigger = lastTriggerOf(useStudio.getState());
    useStudio.getState().step();
    // A DStream batch completed or was generated (a slow one completes later), or a query's trigger ran.
    await waitForStudio(
      (s) =>
        wavesOf(s) > before || latestBatchOf(s) > latest || lastTriggerOf(s) !== trigger || runStalled(s),
      t("lessons.waitBatch"),
    );
    listenForLessonEvents();
    if (runStalled(useStudio.getState())) return;
  }
}

async function runFor(action: Extract<Action, { do: "run" }>): Promise<void> {
  const studio = useStudio.getState();
  if (action.speed !== undefined) studio.setSpeed(action.speed);
  const before = wavesOf(studio);
  studio.run();
  await waitForStudio((s) => s.runState === "running" || runStalled(s), t("lessons.waitRun"), 10_000);
  listenForLessonEvents();
  if (action.batches === undefined) return;
  const target = before + action.batches;
  await waitForStudio(
    (s) => wavesOf(s) >= target || runStalled(s),
    t("lessons.waitBatches", { count: action.batches }),
    120_000,
  );
  useStudio.getState().pause();
}

async function runOne(action: Action, origin: LessonOrigin): Promise<void> {
  const studio = useStudio.getState();
  switch (action.do) {
    case "loadPipeline":
      await loadLessonPipeline(action, origin);
      return;
    case "step":
      return stepBatches(action.batches);
    case "run":
      return runFor(action);
    case "pause":
      studio.pause();
      return;
    case "stop":
      studio.stop();
      return;
    case "highlight":
      useLessons.getState().setHighlight({
        ...NO_HIGHLIGHT,
        nodes: action.nodes ?? [],
        edges: action.edges ?? [],
        chart: action.chart,
        batchRow: action.batchRow,
        setting: action.setting,
      });
      return;
    case "openTab":
      studio.setBottomTab(action.tab);
      return;
    case "select":
      studio.setSelection([action.node], []);
      return;
    case "setParam":
      studio.setParam(action.node, action.param, action.value);
      return;
    case "setBackpressure":
      studio.setBackpressure(action.enabled);
      return;
    case "lifecycle":
      return callLifecycle(action.action);
    case "setSetting":
      studio.setSettings(settingPatch(action.name, action.value));
      return;
    case "openComparison": {
      const file =
        action.comparison === TRIGGER_COMPARISON ? undefined : await fetchPublicJson(action.comparison);
      studio.openComparison(lessonComparison(action, currentLanguage(), studio.doc, file));
      return;
    }
    case "closeComparison":
      studio.closeComparison();
      return;
    case "loseExecutor":
      loseExecutor(action.executor);
      return;
  }
}

/** Runs the actions; a failure stops the rest and is shown in the panel with what failed. */
export async function runActions(actions: readonly Action[], origin: LessonOrigin): Promise<void> {
  const lessons = useLessons.getState();
  lessons.setBusy(true);
  // A new step: notices about the last one (e.g. lesson 4's "no output operations") are stale now.
  const studio = useStudio.getState();
  for (const toast of studio.toasts) studio.dismissToast(toast.id);
  try {
    for (const action of actions) await runOne(action, origin);
    lessons.setBusy(false);
  } catch (e) {
    lessons.setBusy(false, e instanceof Error ? e.message : String(e));
  }
}
