// The fault model's controls: the simulated executors (with the receivers each runs), a "Simulate
// executor loss" button per executor, the write-ahead log switch (a document setting, applied at the next
// start), what the last loss did, and whether the output after it equals the output of the same pipeline
// run without it. Shown in the canvas's fault panel, and in the fault-tolerance lesson's side panel.
import { useEffect, useRef } from "react";
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel } from "../../store/catalog";
import { loseExecutor, useFaults } from "./faultStore";
import { totals } from "./faultView";
import "../../i18n/later/faults";

export function FaultControls() {
  const t = useT();
  const status = useFaults((s) => s.status);
  const doc = useStudio((s) => s.doc);
  const runState = useStudio((s) => s.runState);
  const walSetting = doc.settings.writeAheadLog === true;
  // A new report (or one more batch compared) comes into view in a panel scrolled elsewhere.
  const reportRef = useRef<HTMLDivElement>(null);
  const reportKey = status?.report
    ? `${status.report.executorId}@${status.report.batchTime}:${status.comparison.length}`
    : "";
  useEffect(() => {
    if (reportKey) reportRef.current?.scrollIntoView({ block: "nearest" });
  }, [reportKey]);
  if (!status) return null;
  const label = (id: string) => {
    const node = doc.nodes.find((n) => n.id === id);
    return node ? displayLabel(node) : id;
  };
  const report = status.report;
  const sums = report && totals(report);
  const compared = status.comparison;
  const differing = compared.filter((c) => !c.equal);
  const live = runState === "running" || runState === "paused";
  return (
    <div className="fault-controls">
      <h3>{t("faults.title")}</h3>
      <p className="fault-note">{t("faults.simulatedNote")}</p>
      <ul className="fault-executors">
        {status.executors.map((id) => {
          const receivers = status.receivers.filter((r) => r.executorId === id).map((r) => label(r.nodeId));
          return (
            <li key={id} data-testid="fault-executor" data-executor={id}>
              <span className="fault-executor-name">{t("faults.executor", { id })}</span>
              <span className="fault-executor-receivers">
                {receivers.length > 0
                  ? t("faults.receivers", { nodes: receivers.join(", ") })
                  : t("faults.noReceivers")}
              </span>
              <button
                type="button"
                data-testid="lose-executor"
                disabled={!live || status.pending !== undefined}
                title={t("faults.loseTitle", { id })}
                onClick={() => loseExecutor(id)}
              >
                {t("faults.lose")}
              </button>
            </li>
          );
        })}
      </ul>
      {status.pending !== undefined && (
        <p className="fault-pending" data-testid="fault-pending">
          {t("faults.pending", { id: status.pending })}
        </p>
      )}
      <label className="fault-wal" title={t("faults.walDoc")}>
        <input
          type="checkbox"
          data-testid="fault-wal"
          checked={walSetting}
          onChange={(e) => useStudio.getState().setSettings({ writeAheadLog: e.target.checked || undefined })}
        />
        {t("faults.wal")} <code>spark.streaming.receiver.writeAheadLog.enable</code>
      </label>
      <p className="fault-running" data-testid="fault-running">
        {t("faults.walRunning", {
          state: status.writeAheadLog ? t("faults.on") : t("faults.off"),
          checkpoint: status.checkpointing ? t("faults.on") : t("faults.off"),
        })}
        {walSetting !== status.writeAheadLog && ` ${t("faults.restartNote")}`}
      </p>
      {report && sums && (
        <div
          ref={reportRef}
          className="fault-report"
          data-testid="fault-report"
          data-batch={report.batchTime}
        >
          <h4>
            {t("faults.report.title", { id: report.executorId, time: formatBatchTime(report.batchTime) })}
          </h4>
          <ul>
            <li>{t("faults.report.replaced", { id: report.replacementId })}</li>
            <li>{t("faults.report.partitions", { count: report.lostPartitions.length })}</li>
            <li>{t("faults.report.shuffles", { count: report.lostShuffles })}</li>
            {sums.blocksLost > 0 && (
              <li className="is-bad">
                {t("faults.report.blocksLost", { count: sums.blocksLost, records: sums.recordsLost })}
              </li>
            )}
            {sums.blocksReplayed > 0 && (
              <li>
                {t("faults.report.blocksReplayed", {
                  count: sums.blocksReplayed,
                  records: sums.recordsReplayed,
                })}
              </li>
            )}
            <li data-testid="fault-recomputed" data-count={sums.recomputed}>
              {t("faults.report.recomputed", { count: sums.recomputed })}
            </li>
            <li data-testid="fault-checkpoint" data-count={sums.checkpoint}>
              {t("faults.report.checkpoint", { count: sums.checkpoint })}
            </li>
            {report.failure && (
              <li className="is-bad" data-testid="fault-failure">
                {t("faults.report.failure", { message: report.failure })}
              </li>
            )}
          </ul>
        </div>
      )}
      {report && (
        <div
          className={`fault-compare ${compared.length > 0 && differing.length === 0 ? "is-equal" : differing.length > 0 ? "is-different" : ""}`}
          data-testid="fault-compare"
          data-compared={compared.length}
          data-equal={compared.length > 0 && differing.length === 0}
        >
          {compared.length === 0
            ? t("faults.compare.waiting")
            : differing.length === 0
              ? t("faults.compare.equal", { count: compared.length })
              : t("faults.compare.differs", {
                  missing: differing.reduce((n, c) => n + c.missing, 0),
                  extra: differing.reduce((n, c) => n + c.extra, 0),
                })}
          <ol>
            {compared.map((c) => (
              <li
                key={c.batchTimeMs}
                className={c.equal ? "is-equal" : "is-different"}
                title={c.missingSample.join("\n")}
              >
                {t("faults.compare.batch", {
                  time: formatBatchTime(c.batchTimeMs),
                  state: c.equal ? t("faults.compare.same") : t("faults.compare.different"),
                })}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
