// The fault-tolerance lesson's tools: lose an executor in the middle of the next batch, with or without
// the receiver's write-ahead log, and what the engine reports it lost and recomputed.
import { useT } from "../../i18n/useT";
import { useLessons } from "../lessonStore";
import { loseExecutor } from "../player/loseExecutor";

export function FaultTools() {
  const t = useT();
  const wal = useLessons((s) => s.writeAheadLog);
  const faults = useLessons((s) => s.faults);
  const last = faults.at(-1);
  return (
    <section className="lesson-tools" aria-label={t("lessons.faultTools")}>
      <h4>{t("lessons.faultTools")}</h4>
      <label className="lesson-toggle">
        <input
          type="checkbox"
          checked={wal}
          data-testid="fault-wal"
          onChange={(e) => useLessons.getState().setWriteAheadLog(e.target.checked)}
        />{" "}
        {t("lessons.writeAheadLog")}
      </label>
      <div className="lesson-tool-buttons">
        {[0, 1].map((n) => (
          <button
            key={n}
            type="button"
            className="btn btn-danger"
            data-testid={`lose-executor-${n}`}
            onClick={() => loseExecutor(n)}
          >
            {t("lessons.loseExecutor", { n })}
          </button>
        ))}
      </div>
      <p className="muted">{t("lessons.simulated")}</p>
      {last && (
        <pre className="lesson-fault-report mono" data-testid="fault-report">
          {JSON.stringify(last, null, 1)}
        </pre>
      )}
    </section>
  );
}
