// Start-up hook for share links: when the page's hash holds `#p=...`, the pipeline in it opens as a new
// named pipeline. The hash is then cleared, so a reload does not import it twice. It is someone else's
// pipeline: its functions are shown and nothing runs until the user allows it (runConsent.ts).
import { sharedPipelineInHash } from "../../../engine/graph";
import { t } from "../../i18n/useT";
import { listPipelines } from "../../persistence/pipelineStorage";
import { openDocumentAsNew } from "../../persistence/pipelines";
import { setTrust } from "../../persistence/pipelineTrust";
import { useStudio } from "../../store";
import { requestRunConsent } from "./runConsent";

let listening = false;

/** Returns true when a shared pipeline was opened. Also opens links pasted into this tab later. */
export async function openSharedPipelineFromUrl(): Promise<boolean> {
  if (!listening) {
    listening = true;
    window.addEventListener("hashchange", () => void openSharedPipelineFromUrl());
  }
  const encoded = sharedPipelineInHash(window.location.hash);
  if (!encoded) return false;
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  // The decoder (lz-string and the schema) loads only when the page was opened from a share link.
  const { decodePipeline } = await import("../../../engine/graph/documentIO");
  const result = decodePipeline(encoded);
  if (!result.ok) {
    useStudio.getState().showToast(t("notices.share.cannotOpen", { reason: result.errors[0] }));
    return false;
  }
  const names = new Set((await listPipelines()).map((p) => p.name));
  let name = result.doc.name;
  for (let i = 2; names.has(name); i++)
    name = t("notices.storage.sharedName", { name: result.doc.name, n: i });
  const doc = { ...result.doc, name };
  const id = await openDocumentAsNew(doc, (newId) => setTrust(newId, "ask"));
  useStudio.getState().showToast(t("notices.share.opened", { name }), "info");
  void requestRunConsent({ pipelineId: id, doc, reason: "opened" });
  return true;
}
