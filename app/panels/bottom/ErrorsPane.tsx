// Node errors, worker restarts (endless loops) and engine errors, newest first.
import { useStudio } from "../../store";

const KIND_LABEL = {
  nodeError: "Node error",
  error: "Engine error",
  workerRestarted: "Worker restarted",
  notice: "Notice",
} as const;

export function ErrorsPane() {
  const events = useStudio((s) => s.events);
  const inspectNode = useStudio((s) => s.inspectNode);
  if (events.length === 0) return <p className="bottom-empty">No errors.</p>;
  return (
    <ul className="errors-pane" data-testid="run-errors">
      {events
        .slice()
        .reverse()
        .map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an append-only log; identical events may repeat
          <li key={`${e.atMs}-${i}`} className={`event event-${e.kind}`}>
            <strong>{KIND_LABEL[e.kind]}</strong>
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
