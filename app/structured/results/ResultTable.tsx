// The result table per trigger, as the output mode defines it: append shows the rows appended, update
// the rows that changed, complete the whole table. New rows and changed cells are highlighted; a changed
// cell shows what it was. A trigger picker looks back over the last triggers kept.
import { memo, useState } from "react";
import { useT } from "../../i18n/useT";
import type { ResultTableView } from "../data/resultTable";
import { cellText } from "./cellText";
import { resultStrings as S } from "./resultStrings";
import "./resultTable.css";

export interface ResultTableProps {
  tables: readonly ResultTableView[];
  testId?: string;
  /** Rows shown at most (the rest are counted). */
  maxRows?: number;
  /** Says what the rows are, where the output mode's caption does not (a DStream window's output). */
  caption?: string;
}

export const ResultTable = memo(function ResultTable({
  tables,
  testId,
  caption,
  maxRows = 60,
}: ResultTableProps) {
  // Redraw on a language change (the words are read from the catalog as they are shown).
  useT();
  const [picked, setPicked] = useState<number | null>(null);
  const view = tables.find((t) => t.batchId === picked) ?? tables.at(-1);
  if (!view) return <p className="muted result-empty">{S.empty}</p>;
  const rows = view.rows.slice(0, maxRows);
  return (
    <section
      className="result-table"
      data-testid={testId ?? "result-table"}
      data-output-mode={view.outputMode}
      data-batch-id={view.batchId}
      aria-label={S.title}
    >
      <header>
        <strong>{S.title}</strong>
        <label>
          {S.trigger}{" "}
          <select
            value={view.batchId}
            onChange={(e) => {
              const id = Number(e.target.value);
              setPicked(id === tables.at(-1)?.batchId ? null : id);
            }}
          >
            {tables.map((t) => (
              <option key={t.batchId} value={t.batchId}>
                {t.batchId}
              </option>
            ))}
          </select>
        </label>
        <span className="muted result-caption">
          {caption ?? S.caption(view.outputMode, view.rows.length)}
        </span>
      </header>
      {rows.length === 0 ? (
        <p className="muted result-empty">{S.noRows(view.outputMode)}</p>
      ) : (
        <div className="result-scroll">
          <table>
            <thead>
              <tr>
                {view.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
                <th aria-label={S.change} />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={`is-${r.change}`} data-change={r.change}>
                  {view.columns.map((c) => {
                    const changed = r.previous && c in r.previous;
                    return (
                      <td key={c} className={changed ? "is-changed" : undefined}>
                        {cellText(r.values[c])}
                        {changed && (
                          <span className="result-was">
                            {" "}
                            ({S.was} {cellText(r.previous?.[c])})
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="result-change">
                    {r.change === "added" ? S.added : r.change === "updated" ? S.updated : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(view.truncated || view.rows.length > rows.length) && <p className="muted">{S.truncated}</p>}
    </section>
  );
});
