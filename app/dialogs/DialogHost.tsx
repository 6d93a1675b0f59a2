// Renders the dialog the store says is open (one at a time). Every dialog loads on first use, not with
// the page: Export, Import and Share carry CodeMirror's Python/Scala modes and the code generators, the
// examples gallery the document schema, the run-consent dialog i18next's <Trans>.

import { lazy, Suspense, useSyncExternalStore } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { loadFunctionChecker } from "../store/deferredFunctionCheck";
import { pendingConsent, subscribeConsent } from "./share/runConsent";

// Export refuses functions that do not parse: their syntax check (sucrase) loads with it.
const ExportDialog = lazy(() =>
  Promise.all([import("./export/ExportDialog"), loadFunctionChecker()]).then(([m]) => ({
    default: m.ExportDialog,
  })),
);
const ImportDialog = lazy(() => import("./import/ImportDialog").then((m) => ({ default: m.ImportDialog })));
const ShareDialog = lazy(() => import("./share/ShareDialog").then((m) => ({ default: m.ShareDialog })));
const ExamplesDialog = lazy(() => import("./ExamplesDialog").then((m) => ({ default: m.ExamplesDialog })));
const HelpDialog = lazy(() => import("./HelpDialog").then((m) => ({ default: m.HelpDialog })));
const PipelinesDialog = lazy(() => import("./PipelinesDialog").then((m) => ({ default: m.PipelinesDialog })));
const GlossaryDialog = lazy(() =>
  import("../i18n/GlossaryDialog").then((m) => ({ default: m.GlossaryDialog })),
);
const RunConsentDialog = lazy(() =>
  import("./share/RunConsentDialog").then((m) => ({ default: m.RunConsentDialog })),
);

/** The consent dialog's code loads only once someone else's pipeline asks to run. */
function RunConsent() {
  const asking = useSyncExternalStore(subscribeConsent, pendingConsent) !== null;
  return asking ? <RunConsentDialog /> : null;
}

export function DialogHost() {
  const t = useT();
  return (
    <Suspense fallback={<div className="dialog-loading" role="status" aria-label={t("dialogs.loading")} />}>
      <OpenDialog />
      <RunConsent />
    </Suspense>
  );
}

function OpenDialog() {
  const dialog = useStudio((s) => s.dialog);
  const close = useStudio((s) => s.closeDialog);
  switch (dialog) {
    case null:
      return null;
    case "help":
      return <HelpDialog onClose={close} />;
    case "examples":
      return <ExamplesDialog onClose={close} />;
    case "pipelines":
      return <PipelinesDialog onClose={close} />;
    case "export":
      return <ExportDialog onClose={close} />;
    case "import":
      return <ImportDialog onClose={close} />;
    case "share":
      return <ShareDialog onClose={close} />;
    case "glossary":
      return <GlossaryDialog onClose={close} />;
  }
}
