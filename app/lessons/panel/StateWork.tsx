// Lesson 6's side-panel tool: for each state node, the keys held and the function's calls per batch,
// drawn as two rows of bars so that growing and flat are seen at a glance.
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel } from "../../store/catalog";
import { stateWork } from "./stateWork";
import "../../i18n/later/lessons";

function Bars({ values, max, testId }: { values: number[]; max: number; testId: string }) {
  return (
    <span className="state-bars" data-testid={testId} data-values={values.join(",")}>
      {values.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one bar per batch, in batch order
        <span key={i} className="state-bar" style={{ height: `${Math.max(2, (v / max) * 28)}px` }}>
          <span className="state-bar-value">{v}</span>
        </span>
      ))}
    </span>
  );
}

export function StateWorkTool() {
  const t = useT();
  const doc = useStudio((s) => s.doc);
  const history = useStudio((s) => s.nodeHistory);
  const nodes = stateWork(doc, history);
  const max = Math.max(1, ...nodes.flatMap((n) => n.rows.flatMap((r) => [r.keys, r.calls])));
  const last = nodes.flatMap((n) => n.rows).at(-1);
  return (
    <section className="lesson-tools" aria-label={t("lessons.stateWork")}>
      <h4>{t("lessons.stateWork")}</h4>
      {last && (
        <p className="muted">{t("lessons.stateWorkUpTo", { time: formatBatchTime(last.batchTimeMs) })}</p>
      )}
      <table className="lesson-state-work">
        <tbody>
          {nodes.map((n) => {
            const node = doc.nodes.find((x) => x.id === n.nodeId)!;
            return (
              <tr key={n.nodeId} data-testid="state-work" data-node={n.nodeId} data-kind={n.kind}>
                <th scope="row" className="mono">
                  {displayLabel(node)}
                  <div className="muted">{n.kind}</div>
                </th>
                <td>
                  <div className="state-bars-label">{t("lessons.stateKeys")}</div>
                  <Bars values={n.rows.map((r) => r.keys)} max={max} testId="state-keys" />
                  <div className="state-bars-label">{t("lessons.stateCalls")}</div>
                  <Bars values={n.rows.map((r) => r.calls)} max={max} testId="state-calls" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
