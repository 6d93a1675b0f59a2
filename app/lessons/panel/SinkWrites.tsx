// Lesson 11's side-panel tool: what each database sink wrote, batch by batch, as the worker reported
// it (one transaction per batch, keyed by the batch time).
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useLessons } from "../lessonStore";
import { sinkWrites } from "./sinkWrites";
import "../../i18n/later/lessons";

export function SinkWritesTool() {
  const t = useT();
  const writes = useLessons((s) => s.tableWrites);
  const sinks = sinkWrites(writes);
  return (
    <section className="lesson-tools" aria-label={t("lessons.sinkWrites")}>
      <h4>{t("lessons.sinkWrites")}</h4>
      {sinks.length === 0 && <p className="muted">{t("lessons.noSinkWrites")}</p>}
      {sinks.map((sink) => (
        <table
          key={sink.nodeId}
          className="lesson-answers"
          data-testid="sink-writes"
          data-node={sink.nodeId}
          data-table={sink.table}
          data-times={sink.batches.map((b) => b.batchTimeMs).join(",")}
          data-rows={sink.batches.map((b) => b.rows).join(",")}
          data-writes={sink.batches.map((b) => b.writes).join(",")}
        >
          <caption className="mono">{sink.table}</caption>
          <tbody>
            {sink.batches.slice(-6).map((b) => (
              <tr key={b.batchTimeMs}>
                <td>{formatBatchTime(b.batchTimeMs)}</td>
                <td>{t("lessons.rowsWritten", { count: b.rows })}</td>
                {b.writes > 1 && <td>{t("lessons.replaced", { count: b.writes })}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
