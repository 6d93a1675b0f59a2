// The lessons' own messages from the worker (lifecycle calls, executor losses) and the database sinks'
// writes (lesson 11 lists them per batch) go to the lesson store.
// The link is the run session's; it exists once a run has started.
import type { LifecycleCall } from "../../../engine/protocol/lessonEvents";
import { useStudio } from "../../store";
import { engineLink } from "../../store/run/engineLink";
import { useLessons } from "../lessonStore";

let listening: ReturnType<typeof engineLink> = null;

export function listenForLessonEvents(): void {
  const link = engineLink();
  if (!link || link === listening) return;
  listening = link;
  link.subscribe((msg) => {
    if (msg.type === "lessonEvent") useLessons.getState().recordEvent(msg.event);
    if (msg.type === "tableWrite")
      useLessons.getState().recordTableWrite({
        nodeId: msg.nodeId,
        table: msg.table,
        batchTimeMs: msg.batchTimeMs,
        rows: msg.rows.length,
      });
  });
}

/** Makes a StreamingContext call on the running context; resolves with the engine's answer. */
export function callLifecycle(call: LifecycleCall): Promise<void> {
  listenForLessonEvents();
  const before = useLessons.getState().lifecycle.length;
  useStudio.getState().sendToEngine({ type: "lifecycle", call });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, 5000);
    const unsubscribe = useLessons.subscribe((s) => {
      if (s.lifecycle.length === before) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}
