// Whether the open pipeline is safely stored in this browser.
import { useTabConflict } from "../persistence/tabConflict";
import { useStudio } from "../store";

const TEXT = { saved: "Saved", saving: "Saving…", unsaved: "Unsaved", error: "Not saved" } as const;

export function SaveStatus() {
  const status = useStudio((s) => s.saveStatus);
  // Autosave is paused while another tab's save of this pipeline waits on the user.
  const paused = useStudio((s) => s.pipelineId) === useTabConflict((s) => s.conflictId);
  return (
    <span
      className={`save-status is-${status}`}
      data-testid="save-status"
      title={
        paused
          ? "Not saved: another tab saved this pipeline; choose whose version to keep"
          : "Pipelines are saved in this browser (IndexedDB)"
      }
    >
      {paused ? "Not saved (other tab)" : TEXT[status]}
    </span>
  );
}
