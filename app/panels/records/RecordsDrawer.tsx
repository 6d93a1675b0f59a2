// The records of a node's last N batches, per partition, with lineage on request. Shows the node last
// clicked on the canvas (or whose batch token was clicked).
import { useMemo } from "react";
import type { NodeKindSpec } from "../../../engine/graph/types";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel, specOf } from "../../store/catalog";
import { BatchCard } from "./BatchCard";
import { LineageView } from "./LineageView";
import { LiveRateControl } from "./LiveRateControl";
import { recordsViews } from "./recordsView";
import "../../i18n/later/live";

/** The unit the catalog gives a source's rate param ("lines/s", "records/s"). */
function rateUnit(spec: NodeKindSpec): string | undefined {
  const param = spec.params.find((p) => p.name === "rate")?.param;
  return param?.type === "number" ? param.unit : undefined;
}

export function RecordsDrawer() {
  const t = useT();
  const nodeId = useStudio(
    (s) => s.inspectedNodeId ?? (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0] : null),
  );
  const node = useStudio((s) => s.doc.nodes.find((n) => n.id === nodeId));
  const history = useStudio((s) => (nodeId ? s.nodeHistory[nodeId] : undefined));
  const n = useStudio((s) => s.recordsHistory);
  const setRecordsHistory = useStudio((s) => s.setRecordsHistory);
  const error = useStudio((s) => (nodeId ? s.nodeErrors[nodeId] : undefined));
  const views = useMemo(() => recordsViews(history), [history]);

  if (!node) return <p className="bottom-empty">{t("live.records.pickNode")}</p>;
  const spec = specOf(node.kind);
  return (
    <div className="records-drawer" data-testid="records-drawer" data-node-id={node.id}>
      <header className="records-header">
        <h3>
          {displayLabel(node)} <span className="muted">{spec?.sparkMethod ?? node.kind}</span>
        </h3>
        <label>
          {t("live.records.last")}
          <input
            type="number"
            aria-label={t("live.records.batchesKept")}
            min={1}
            max={100}
            value={n}
            onChange={(e) => setRecordsHistory(Number(e.target.value) || 1)}
          />
          {t("live.records.batches")}
        </label>
        {spec?.category === "source" && <LiveRateControl nodeId={node.id} unit={rateUnit(spec)} />}
        {/* In the header line: the drawer's height (250 px at 768) goes to the records. */}
        <LineageView nodeId={node.id} batchTimeMs={views[0]?.batchTimeMs} />
      </header>
      {error && (
        <p className="node-run-error" role="alert">
          {error.message}
          {error.record && <code>{t("live.records.record", { record: error.record })}</code>}
        </p>
      )}
      {views.length === 0 ? (
        <p className="bottom-empty">{t("live.records.noBatches")}</p>
      ) : (
        views.map((v) => <BatchCard key={v.batchTimeMs} view={v} />)
      )}
    </div>
  );
}
