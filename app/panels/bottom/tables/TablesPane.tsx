// The Tables tab: the database sink's tables in this browser's IndexedDB. A list of tables (rows and
// batches), one table's rows a page at a time in batch and record order with their batch time, and
// clearing a table. It reloads when the writer commits a batch.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { formatBatchTime } from "../../../charts/format";
import { useT } from "../../../i18n/useT";
import { TableRows } from "./TableRows";
import { clearTable, listTables, readTableRows, type TableInfo, type TableRow } from "./tableStore";
import { notifyTablesChanged, subscribeTableWriter, tableWriterState } from "./tableWriter";
import "./tables.css";
import "../../../i18n/later/sinks";

export const PAGE_ROWS = 50;

export function TablesPane() {
  const t = useT();
  const writer = useSyncExternalStore(subscribeTableWriter, tableWriterState);
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<TableRow[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const table = tables?.find((x) => x.name === chosen) ?? tables?.[0];
  const pages = Math.max(1, Math.ceil((table?.rows ?? 0) / PAGE_ROWS));
  const shownPage = Math.min(page, pages - 1);

  // Reload the list after every committed write (writer.committed changes) and after a clear.
  useEffect(() => {
    let live = true;
    void writer;
    listTables().then(
      (list) => {
        if (!live) return;
        setTables(list);
        setReadError(null);
      },
      (e: unknown) => live && setReadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [writer]);

  useEffect(() => {
    if (!table) {
      setRows([]);
      return;
    }
    let live = true;
    readTableRows(table.name, shownPage * PAGE_ROWS, PAGE_ROWS).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setReadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [table, shownPage]);

  const clear = useCallback(async () => {
    if (!table) return;
    setConfirming(false);
    await clearTable(table.name);
    setPage(0);
    notifyTablesChanged();
  }, [table]);

  const writeError = writer.error && (
    <p className="tables-error" role="alert">
      {t("sinks.tables.writeError", {
        time: formatBatchTime(writer.error.batchTimeMs),
        table: writer.error.table,
        message: writer.error.message,
      })}
    </p>
  );
  if (readError)
    return (
      <p className="tables-error" role="alert">
        {t("sinks.tables.readError", { message: readError })}
      </p>
    );
  if (!tables) return null;
  if (!table)
    return (
      <>
        {writeError}
        <p className="bottom-empty">{t("sinks.tables.empty")}</p>
      </>
    );
  return (
    <div className="tables-pane" data-testid="tables-pane">
      <nav className="tables-list" aria-label={t("sinks.tables.listLabel")}>
        {tables.map((x) => (
          <button
            key={x.name}
            type="button"
            className={x.name === table.name ? "tables-item is-on" : "tables-item"}
            aria-pressed={x.name === table.name}
            data-table={x.name}
            onClick={() => {
              setChosen(x.name);
              setPage(0);
              setConfirming(false);
            }}
          >
            <span className="mono">{x.name}</span>
            <span className="muted">{t("sinks.tables.summary", { rows: x.rows, batches: x.batches })}</span>
          </button>
        ))}
      </nav>
      <section className="tables-detail" aria-label={table.name}>
        {writeError}
        <header className="tables-head">
          <strong className="mono">{table.name}</strong>
          <span className="muted" data-testid="table-summary">
            {t("sinks.tables.summary", { rows: table.rows, batches: table.batches })} ·{" "}
            {t("sinks.tables.writtenBy", { node: table.nodeId, time: formatBatchTime(table.lastBatchTime) })}
          </span>
          <span className="tables-actions">
            {confirming ? (
              <>
                <span>{t("sinks.tables.confirmClear", { rows: table.rows, table: table.name })}</span>
                <button type="button" className="btn btn-danger" onClick={() => void clear()}>
                  {t("sinks.tables.confirm")}
                </button>
                <button type="button" className="btn" onClick={() => setConfirming(false)}>
                  {t("sinks.tables.cancel")}
                </button>
              </>
            ) : (
              <button type="button" className="btn" onClick={() => setConfirming(true)}>
                {t("sinks.tables.clear")}
              </button>
            )}
          </span>
        </header>
        <p className="muted tables-note">{t("sinks.tables.note")}</p>
        <TableRows rows={rows} />
        <footer className="tables-pager">
          <span className="muted" data-testid="table-range">
            {table.rows === 0
              ? t("sinks.tables.noRows")
              : t("sinks.tables.range", {
                  from: shownPage * PAGE_ROWS + 1,
                  to: Math.min(table.rows, (shownPage + 1) * PAGE_ROWS),
                  total: table.rows,
                })}
          </span>
          <button type="button" className="btn" disabled={shownPage === 0} onClick={() => setPage(0)}>
            {t("sinks.tables.first")}
          </button>
          <button
            type="button"
            className="btn"
            disabled={shownPage === 0}
            onClick={() => setPage(shownPage - 1)}
          >
            {t("sinks.tables.previous")}
          </button>
          <button
            type="button"
            className="btn"
            disabled={shownPage >= pages - 1}
            onClick={() => setPage(shownPage + 1)}
          >
            {t("sinks.tables.next")}
          </button>
          <button
            type="button"
            className="btn"
            disabled={shownPage >= pages - 1}
            onClick={() => setPage(pages - 1)}
          >
            {t("sinks.tables.last")}
          </button>
        </footer>
      </section>
    </div>
  );
}
