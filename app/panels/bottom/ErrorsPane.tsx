// Node errors, worker restarts (endless loops) and engine errors, newest first.
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import "../../i18n/later/live";

export function ErrorsPane() {
  const t = useT();
  const events = useStudio((s) => s.events);
  const inspectNode = useStudio((s) => s.inspectNode);
  if (events.length === 0) return <p className="bottom-empty">{t("live.errors.empty")}</p>;
  return (
    <ul className="errors-pane" data-testid="run-errors">
      {events
        .slice()
        .reverse()
        .map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an append-only log; identical events may repeat
          <li key={`${e.atMs}-${i}`} className={`event event-${e.kind}`}>
            <strong>{t(`live.errors.${e.kind}`)}</strong>
            {e.nodeId && (
              <button type="button" className="link" onClick={() => inspectNode(e.nodeId ?? null)}>
                {e.nodeId}
              </button>
            )}
            <span>{e.message}</span>
          </li>
        ))}
    </ul>
  );
}
