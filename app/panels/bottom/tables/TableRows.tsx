// One page of a database sink table: its stored columns (batch_time, idx, key, value, record).
import { formatBatchTime } from "../../../charts/format";
import { useT } from "../../../i18n/useT";
import type { TableRow } from "./tableStore";
import "../../../i18n/later/sinks";

export function TableRows({ rows }: { rows: readonly TableRow[] }) {
  const t = useT();
  return (
    <table className="batch-table tables-rows" data-testid="table-rows">
      <thead>
        <tr>
          <th>{t("sinks.tables.column.batchTime")}</th>
          <th className="num">{t("sinks.tables.column.idx")}</th>
          <th>{t("sinks.tables.column.key")}</th>
          <th>{t("sinks.tables.column.value")}</th>
          <th>{t("sinks.tables.column.record")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.batchTime}-${r.idx}`} data-batch-time={r.batchTime}>
            <td className="mono" title={formatBatchTime(r.batchTime)}>
              {r.batchTime}
            </td>
            <td className="num">{r.idx}</td>
            <td className="mono">{r.key ?? ""}</td>
            <td className="mono records-cell">{r.value}</td>
            <td className="mono records-cell">{r.record}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
