// Whether the open pipeline is safely stored in this browser.
import { useT } from "../i18n/useT";
import { useTabConflict } from "../persistence/tabConflict";
import { useStudio } from "../store";

export function SaveStatus() {
  const t = useT();
  const status = useStudio((s) => s.saveStatus);
  // Autosave is paused while another tab's save of this pipeline waits on the user.
  const paused = useStudio((s) => s.pipelineId) === useTabConflict((s) => s.conflictId);
  return (
    <span
      className={`save-status is-${status}`}
      data-testid="save-status"
      title={paused ? t("widgets.save.otherTabTitle") : t("widgets.save.where")}
    >
      {paused ? t("widgets.save.otherTab") : t(`widgets.save.${status}`)}
    </span>
  );
}
