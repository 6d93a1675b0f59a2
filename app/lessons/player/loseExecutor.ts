// The fault-tolerance lesson's button: an executor dies in the middle of the next batch (engine/faults).
import { useStudio } from "../../store";
import { useLessons } from "../lessonStore";
import { listenForLessonEvents } from "./lessonEvents";

export function loseExecutor(executor: number): void {
  listenForLessonEvents();
  // Spark's spark.streaming.receiver.writeAheadLog.enable, a switch of the lesson's fault tools.
  const writeAheadLog = useLessons.getState().writeAheadLog;
  useStudio
    .getState()
    .sendToEngine({ type: "injectFault", fault: { kind: "loseExecutor", executor, writeAheadLog } });
}
