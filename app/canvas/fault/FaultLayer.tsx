// The fault model on the canvas: its panel and the lineage overlay, for a DStream run that reported its
// simulated cluster. While a lesson shows the fault controls in its side panel (its "faults" tool, e.g.
// lesson 9), over the canvas there is only the lineage: no panel hides the pipeline's nodes.
import { lazy, Suspense, useEffect } from "react";
import { useLessons } from "../../lessons/lessonStore";
import { useStudio } from "../../store";
import "./fault.css";
import { listenForFaultStatus, useFaults } from "./faultStore";

// Both views draw nothing until a run reports its simulated cluster: their code loads then.
const FaultViews = lazy(() => import("./FaultViews").then((m) => ({ default: m.FaultViews })));

export function FaultLayer() {
  const mode = useStudio((s) => s.doc.mode);
  const reported = useFaults((s) => s.status !== null);
  const inLesson = useLessons((s) => {
    if (!s.lesson) return false;
    const { steps, challenge } = s.lesson;
    const tools = s.stepIndex < steps.length ? steps[s.stepIndex].tools : challenge.tools;
    return tools?.includes("faults") === true;
  });
  useEffect(() => {
    listenForFaultStatus();
    return useStudio.subscribe(() => listenForFaultStatus());
  }, []);
  if (mode === "structured" || !reported) return null;
  return (
    <Suspense fallback={null}>
      <FaultViews inLesson={inLesson} />
    </Suspense>
  );
}
