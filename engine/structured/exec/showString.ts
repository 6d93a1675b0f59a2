// The console sink's output, as Spark's ConsoleWriter prints it: a "Batch: N" banner and Dataset.show's
// table (showString): cells longer than 20 characters cut to 17 and "...", right-aligned when
// truncating, left-aligned otherwise; "only showing top N rows" when there are more.
import type { ColumnInfo } from "../../protocol/structured";
import { formatValue, type Row } from "../sql/evaluate";

function cell(v: Row[number], type: ColumnInfo["type"]): string {
  if (v === null) return "NULL";
  if (type === "window" && typeof v === "object" && !Array.isArray(v))
    return `{${formatValue(v.start, "timestamp")}, ${formatValue(v.end, "timestamp")}}`;
  if (Array.isArray(v)) return `[${v.map((x) => (x === null ? "NULL" : String(x))).join(", ")}]`;
  return formatValue(v, type);
}

export function showString(columns: ColumnInfo[], rows: Row[], numRows: number, truncate: boolean): string[] {
  const shown = rows.slice(0, numRows);
  const cut = (s: string) => (truncate && s.length > 20 ? `${s.slice(0, 17)}...` : s);
  const table = [
    columns.map((c) => cut(c.name)),
    ...shown.map((r) => r.map((v, i) => cut(cell(v, columns[i].type)))),
  ];
  const widths = columns.map((_, i) => Math.max(3, ...table.map((r) => [...r[i]].length)));
  const pad = (s: string, w: number) => (truncate ? s.padStart(w) : s.padEnd(w));
  const sep = `+${widths.map((w) => "-".repeat(w)).join("+")}+`;
  const line = (r: string[]) => `|${r.map((s, i) => pad(s, widths[i])).join("|")}|`;
  const out = [sep, line(table[0]), sep, ...table.slice(1).map(line), sep];
  if (rows.length > numRows) out.push(`only showing top ${numRows} row${numRows === 1 ? "" : "s"}`);
  return out;
}

export function consoleBatch(
  batchId: number,
  columns: ColumnInfo[],
  rows: Row[],
  numRows: number,
  truncate: boolean,
): string[] {
  return [
    "-------------------------------------------",
    `Batch: ${batchId}`,
    "-------------------------------------------",
    ...showString(columns, rows, numRows, truncate),
    "",
  ];
}
