// The open pipeline's name over the canvas (opens the pipelines menu), its problems, whether it is saved.
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { ModeBadge } from "../structured/newPipeline/ModeBadge";
import { Icon } from "../widgets/Icon";
import { ProblemsChip } from "../widgets/ProblemsChip";
import { SaveStatus } from "../widgets/SaveStatus";

export function PipelineTitle() {
  const t = useT();
  const name = useStudio((s) => s.doc.name);
  const openDialog = useStudio((s) => s.openDialog);
  return (
    <div className="pipeline-title">
      <button
        type="button"
        className="btn pipeline-name"
        onClick={() => openDialog("pipelines")}
        aria-label={t("canvas.title.ariaLabel", { name })}
        // The full name too: a long one is ellipsized on a narrow canvas.
        title={t("canvas.title.tooltip", { name })}
      >
        <span className="pipeline-name-text">{name}</span>
        <Icon name="chevron" size={16} />
      </button>
      <ModeBadge />
      <ProblemsChip />
      <SaveStatus />
    </div>
  );
}
