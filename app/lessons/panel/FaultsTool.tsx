// Lesson 9's side-panel tool: the simulated cluster's controls and what the last executor loss did, beside
// the step's text, so that no panel over the canvas hides the pipeline and the lineage drawn on it.
import { FaultControls } from "../../canvas/fault/FaultControls";
import { useT } from "../../i18n/useT";
import "../../i18n/later/faults";

export function FaultsTool() {
  const t = useT();
  return (
    <section className="lesson-tools fault-tool" aria-label={t("faults.title")} data-testid="fault-panel">
      <FaultControls />
    </section>
  );
}
