// When each output operation first answered (lesson 1: the stream's answer against the batch job's),
// from the run's own print() lines.
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel, specOf } from "../../store/catalog";
import "../../i18n/later/lessons";

export function FirstAnswers() {
  const t = useT();
  const doc = useStudio((s) => s.doc);
  const lines = useStudio((s) => s.console);
  const outputs = doc.nodes.filter((n) => specOf(n.kind)?.isOutput);
  const first = (nodeId: string) =>
    lines.find((l) => l.nodeId === nodeId && l.batchTimeMs !== undefined)?.batchTimeMs;
  return (
    <section className="lesson-tools" aria-label={t("lessons.firstAnswers")}>
      <h4>{t("lessons.firstAnswers")}</h4>
      <table className="lesson-answers">
        <tbody>
          {outputs.map((n) => {
            const at = first(n.id);
            return (
              <tr key={n.id} data-testid="first-answer" data-node={n.id} data-time={at ?? ""}>
                <td className="mono">{displayLabel(n)}</td>
                <td>{at === undefined ? t("lessons.noAnswerYet") : formatBatchTime(at)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
