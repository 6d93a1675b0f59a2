// Renders the dialog the store says is open (one at a time). Export, Import and Share carry
// CodeMirror's Python/Scala modes and the code generators: they load on first use, not with the page.

import { lazy, Suspense } from "react";
import { GlossaryDialog } from "../i18n/GlossaryDialog";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { loadFunctionChecker } from "../store/deferredFunctionCheck";
import { ExamplesDialog } from "./ExamplesDialog";
import { HelpDialog } from "./HelpDialog";
import { PipelinesDialog } from "./PipelinesDialog";
import { RunConsentDialog } from "./share/RunConsentDialog";

// Export refuses functions that do not parse: their syntax check (sucrase) loads with it.
const ExportDialog = lazy(() =>
  Promise.all([import("./export/ExportDialog"), loadFunctionChecker()]).then(([m]) => ({
    default: m.ExportDialog,
  })),
);
const ImportDialog = lazy(() => import("./import/ImportDialog").then((m) => ({ default: m.ImportDialog })));
const ShareDialog = lazy(() => import("./share/ShareDialog").then((m) => ({ default: m.ShareDialog })));

export function DialogHost() {
  const t = useT();
  return (
    <Suspense fallback={<div className="dialog-loading" role="status" aria-label={t("dialogs.loading")} />}>
      <OpenDialog />
      <RunConsentDialog />
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
