// Plays the current step: carries out its actions once when it is shown, then watches the studio and
// the lesson store for its `waitFor` (or, on the challenge, its checks) to hold.
import { useEffect, useMemo, useRef } from "react";
import { useStudio } from "../../store";
import { holds, type LessonWorld } from "../conditions";
import { useLessons } from "../lessonStore";
import type { Condition } from "../schema";
import { runActions } from "./runActions";

/** The document and run as conditions read them. */
export function useLessonWorld(): LessonWorld {
  const doc = useStudio((s) => s.doc);
  const runState = useStudio((s) => s.runState);
  const batches = useStudio((s) => s.batches);
  const nodeHistory = useStudio((s) => s.nodeHistory);
  const console = useStudio((s) => s.console);
  const events = useStudio((s) => s.events);
  const notice = useStudio((s) => s.notice);
  const lifecycle = useLessons((s) => s.lifecycle);
  const structured = useStudio((s) => s.structuredRun);
  const tableWrites = useStudio((s) => s.tableWrites);
  return useMemo(
    () => ({
      doc,
      runState,
      batches,
      nodeHistory,
      console,
      errors: [...events.map((e) => e.message), ...(notice ? [notice] : [])],
      lifecycle,
      structured,
      tableWrites,
    }),
    [doc, runState, batches, nodeHistory, console, events, notice, lifecycle, structured, tableWrites],
  );
}

/** Runs the shown step's actions once per visit (a key that changes on Back/Next or "again"). */
export function useStepActions(visit: number): void {
  const lesson = useLessons((s) => s.lesson);
  const stepIndex = useLessons((s) => s.stepIndex);
  const origin = useLessons((s) => s.origin);
  const last = useRef<string>("");
  useEffect(() => {
    if (!lesson) return;
    const key = `${lesson.id}:${stepIndex}:${visit}`;
    if (last.current === key) return;
    last.current = key;
    const actions =
      stepIndex < lesson.steps.length ? lesson.steps[stepIndex].actions : lesson.challenge.actions;
    useLessons.setState({ actionsDone: null });
    void runActions(actions, origin).then(() => {
      if (last.current === key) useLessons.setState({ actionsDone: key });
    });
  }, [lesson, stepIndex, origin, visit]);
}

export function allHold(conditions: readonly Condition[] | undefined, world: LessonWorld): boolean {
  return (conditions ?? []).every((c) => holds(c, world));
}
