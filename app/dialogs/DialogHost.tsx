// Renders the dialog the store says is open (one at a time).
import { useStudio } from "../store";
import { ExamplesDialog } from "./ExamplesDialog";
import { ExportDialog } from "./export/ExportDialog";
import { HelpDialog } from "./HelpDialog";
import { ImportDialog } from "./import/ImportDialog";
import { PipelinesDialog } from "./PipelinesDialog";
import { ShareDialog } from "./share/ShareDialog";

export function DialogHost() {
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
  }
}
