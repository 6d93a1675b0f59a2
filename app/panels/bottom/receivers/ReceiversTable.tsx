// Spark's receivers table: name, status (active/inactive), where it runs, average events/sec with a
// mini-timeline of the last batches, and the last error with its time. The receivers' state comes with
// each batch from the engine; the cluster they run on is simulated, and so is the failure button's fault.
import { useMemo } from "react";
import { nodeLabels } from "../../../charts/chartData";
import { formatBatchTime, formatCount } from "../../../charts/format";
import { useThrottled } from "../../../charts/useThrottled";
import { useT } from "../../../i18n/useT";
import { useStudio } from "../../../store";
import { receiverRows } from "./receiverRows";
import { Sparkline } from "./Sparkline";
import "../../../i18n/later/live";

const FAULT_BATCHES = 3;

export function ReceiversTable() {
  const t = useT();
  const receivers = useStudio((s) => s.receivers);
  const batches = useThrottled(
    useStudio((s) => s.batches),
    500,
  );
  const nodes = useStudio((s) => s.doc.nodes);
  const batchIntervalMs = useStudio((s) => s.doc.batchIntervalMs);
  const sendToEngine = useStudio((s) => s.sendToEngine);
  const running = useStudio((s) => s.workerState === "running" || s.workerState === "paused");
  const rows = useMemo(() => {
    const labels = nodeLabels(nodes);
    const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
    return receiverRows(
      receivers,
      batches,
      batchIntervalMs,
      (id) => `${labels.get(id) ?? id} (${kinds.get(id) ?? "receiver"})`,
    );
  }, [receivers, batches, batchIntervalMs, nodes]);
  if (rows.length === 0) return <p className="bottom-empty">{t("live.receivers.empty")}</p>;
  return (
    <table className="batch-table receivers-table" data-testid="receivers-table">
      <thead>
        <tr>
          <th>{t("live.receivers.receiver")}</th>
          <th>{t("live.receivers.status")}</th>
          <th title={t("live.receivers.executorTitle")}>{t("live.receivers.executor")}</th>
          <th>{t("live.receivers.avgRate")}</th>
          <th>{t("live.receivers.ratePerBatch")}</th>
          <th>{t("live.receivers.lastErrorTime")}</th>
          <th>{t("live.receivers.lastErrorMessage")}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.nodeId} data-node-id={r.nodeId} data-active={r.active}>
            <td>
              {r.name} <span className="muted">{t("live.receivers.stream", { id: r.streamId })}</span>
            </td>
            <td>
              <span className={`status ${r.active ? "status-completed" : "status-failed"}`}>
                {r.active ? t("live.receivers.active") : t("live.receivers.inactive")}
              </span>
            </td>
            <td className="mono">
              {r.executorId} / {t("live.receivers.host")}
            </td>
            <td className="num" data-testid="receiver-avg-rate">
              {r.avgRate === undefined ? "-" : formatCount(r.avgRate)}
            </td>
            <td>
              <Sparkline values={r.rates} color="var(--cat-source)" />
            </td>
            <td className="mono">
              {r.lastErrorTimeMs === undefined ? "-" : formatBatchTime(r.lastErrorTimeMs)}
            </td>
            <td className="error-cell" data-testid="receiver-last-error" title={r.lastError}>
              {r.lastErrorMessage ?? "-"}
            </td>
            <td>
              <button
                type="button"
                className="btn btn-ghost"
                disabled={!running || !r.active}
                title={t("live.receivers.failTitle", { n: FAULT_BATCHES })}
                onClick={() =>
                  sendToEngine(
                    {
                      type: "injectFault",
                      fault: { kind: "dropReceiver", nodeId: r.nodeId, batches: FAULT_BATCHES },
                    },
                    true,
                  )
                }
              >
                {t("live.receivers.fail")}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
