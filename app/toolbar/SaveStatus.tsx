// Whether the open pipeline is safely stored in this browser.
import { useStudio } from "../store";

const TEXT = { saved: "Saved", saving: "Saving…", unsaved: "Unsaved", error: "Not saved" } as const;

export function SaveStatus() {
  const status = useStudio((s) => s.saveStatus);
  return (
    <span
      className={`save-status is-${status}`}
      data-testid="save-status"
      title="Pipelines are saved in this browser (IndexedDB)"
    >
      {TEXT[status]}
    </span>
  );
}
