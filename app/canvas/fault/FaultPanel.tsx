// The fault panel over the canvas (top right, closed until opened): its toggle and the fault model's
// controls. In the fault-tolerance lesson the controls are in the lesson's side panel instead, so that
// nothing over the canvas hides the pipeline and its lineage.
import { useT } from "../../i18n/useT";
import { FaultControls } from "./FaultControls";
import { useFaults } from "./faultStore";
import "../../i18n/later/faults";

export function FaultPanel() {
  const t = useT();
  const status = useFaults((s) => s.status);
  const open = useFaults((s) => s.open);
  if (!status) return null;
  return (
    <section className={`fault-panel${open ? " is-open" : ""}`} data-testid="fault-panel">
      <button
        type="button"
        className="fault-panel-toggle"
        aria-expanded={open}
        onClick={() => useFaults.setState({ open: !open })}
      >
        {t("faults.toggle")}
      </button>
      {open && (
        <div className="fault-panel-body">
          <FaultControls />
        </div>
      )}
    </section>
  );
}
