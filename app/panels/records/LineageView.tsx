// toDebugString on request: the RDD lineage of the node's latest batch, as Spark prints it.
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import "../../i18n/later/live";

export function LineageView({ nodeId, batchTimeMs }: { nodeId: string; batchTimeMs?: number }) {
  const t = useT();
  const text = useStudio((s) => s.lineage[nodeId]);
  const requestLineage = useStudio((s) => s.requestLineage);
  const runState = useStudio((s) => s.runState);
  const canAsk = runState === "running" || runState === "paused";
  return (
    <div className="lineage">
      <button
        type="button"
        className="btn"
        onClick={() => requestLineage(nodeId, batchTimeMs)}
        disabled={!canAsk}
        title={canAsk ? "rdd.toDebugString" : t("live.records.lineageFirst")}
      >
        {t("live.records.lineage")}
      </button>
      {text && (
        <pre className="lineage-text" data-testid="lineage">
          {text}
        </pre>
      )}
    </div>
  );
}
