// What a run pane shows before its first batch: "press Run" when nothing runs, and, while a run waits
// for its first batch (a slow cluster, a queued batch), that it is on its way.
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";

export function NoBatchesYet() {
  const t = useT();
  const running = useStudio((s) => s.runState === "running" || s.runState === "starting");
  return <p className="bottom-empty">{t(running ? "runPanel.firstBatchComing" : "runPanel.noBatches")}</p>;
}
