// The fault model on the canvas: its panel and the lineage overlay, for a DStream run that reported its
// simulated cluster. Opens by itself in the fault-tolerance lesson.
import { useEffect } from "react";
import { useLessons } from "../../lessons/lessonStore";
import { useStudio } from "../../store";
import "./fault.css";
import { FaultPanel } from "./FaultPanel";
import { listenForFaultStatus, useFaults } from "./faultStore";
import { LineageOverlay } from "./LineageOverlay";

export const FAULT_LESSON_ID = "fault-tolerance";

export function FaultLayer() {
  const mode = useStudio((s) => s.doc.mode);
  const inLesson = useLessons((s) => s.lesson?.id === FAULT_LESSON_ID);
  useEffect(() => {
    listenForFaultStatus();
    return useStudio.subscribe(() => listenForFaultStatus());
  }, []);
  useEffect(() => {
    if (inLesson) useFaults.setState({ open: true });
  }, [inLesson]);
  if (mode === "structured") return null;
  return (
    <>
      <LineageOverlay />
      <FaultPanel />
    </>
  );
}
