// What an empty canvas says: how to start.
import { TaggedText } from "../i18n/TaggedText";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { useStructuredEmptyHint } from "../structured/newPipeline/ModeBadge";

export function EmptyCanvasHint() {
  const t = useT();
  const openDialog = useStudio((s) => s.openDialog);
  const structured = useStructuredEmptyHint();
  if (structured)
    return (
      <div className="empty-hint">
        <h2>{structured.title}</h2>
        <p>{structured.text}</p>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => openDialog("examples")}>
            {t("canvas.empty.openExample")}
          </button>
        </p>
      </div>
    );
  return (
    <div className="empty-hint">
      <h2>{t("canvas.empty.title")}</h2>
      <p>
        <TaggedText text={t("canvas.empty.body")} components={{ strong: <strong />, code: <code /> }} />
      </p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => openDialog("examples")}>
          {t("canvas.empty.openExample")}
        </button>
      </p>
    </div>
  );
}
