// What an empty canvas says: how to start.
import { useStudio } from "../store";
import { useStructuredEmptyHint } from "../structured/newPipeline/ModeBadge";

export function EmptyCanvasHint() {
  const openDialog = useStudio((s) => s.openDialog);
  const structured = useStructuredEmptyHint();
  if (structured)
    return (
      <div className="empty-hint">
        <h2>{structured.title}</h2>
        <p>{structured.text}</p>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => openDialog("examples")}>
            Open an example
          </button>
        </p>
      </div>
    );
  return (
    <div className="empty-hint">
      <h2>Build a streaming pipeline</h2>
      <p>
        Drag a <strong>source</strong> from the palette (or double-click it), add transformations, and connect
        output → input handles. Finish with an output such as <code>print</code>.
      </p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => openDialog("examples")}>
          Open an example
        </button>
      </p>
    </div>
  );
}
