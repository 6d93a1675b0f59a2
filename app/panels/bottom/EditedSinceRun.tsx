// "Edited since Run": the editor's document differs from the one the engine runs. Spark can't change a
// started StreamingContext's DStream graph, so the edits wait for the next Run; Restart applies them now.
import { useMemo } from "react";
import { useStudio } from "../../store";
import { editsSinceRun } from "../../store/run/runEdits";

export function EditedSinceRun() {
  const runDoc = useStudio((s) => s.runDoc);
  const doc = useStudio((s) => s.doc);
  const active = useStudio((s) => s.runState === "running" || s.runState === "paused");
  const restart = useStudio((s) => s.restart);
  const edits = useMemo(() => (active && runDoc ? editsSinceRun(runDoc, doc) : []), [active, runDoc, doc]);
  if (edits.length === 0) return null;
  return (
    <span
      className="notice edited-since-run"
      role="status"
      data-testid="edited-since-run"
      title={`Changed since Run: ${edits.join("; ")}`}
    >
      <strong>Edited since Run:</strong> changes apply on the next Run (Spark can't change a started
      StreamingContext's graph)
      <button type="button" className="notice-action" onClick={restart}>
        Restart
      </button>
    </span>
  );
}
