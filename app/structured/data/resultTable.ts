// The result table of one trigger as its output mode defines it, each row marked with what changed:
// append sends only new rows (all "added"), update sends the rows whose aggregate changed ("added" for a
// new key, "updated" with the previous values otherwise), complete sends the whole table (unchanged rows
// stay plain). Pure, bounded: the rows seen per key are kept for the last KEYS_KEPT keys only.
import type { OutputMode, ResultRow } from "./protocol";

export type RowChange = "added" | "updated" | "unchanged";

export interface ResultTableRow {
  key: string;
  values: ResultRow;
  change: RowChange;
  /** For "updated": the columns whose value changed, with their previous value. */
  previous?: ResultRow;
}

export interface ResultTableView {
  batchId: number;
  outputMode: OutputMode;
  columns: string[];
  rows: ResultTableRow[];
  truncated: boolean;
}

/** The last row the sink saw per key: what tells an update from an insert. */
export type KnownRows = ReadonlyMap<string, ResultRow>;

export const KEYS_KEPT = 2000;

/** A row's identity: its key columns (the window and the group), else the whole row. */
export function rowKey(row: ResultRow, keyColumns: readonly string[]): string {
  const cols = keyColumns.length > 0 ? keyColumns : Object.keys(row).sort();
  return JSON.stringify(cols.map((c) => row[c] ?? null));
}

function changedColumns(before: ResultRow, after: ResultRow): ResultRow | undefined {
  const previous: ResultRow = {};
  let any = false;
  for (const [c, v] of Object.entries(after)) {
    if (JSON.stringify(before[c]) !== JSON.stringify(v)) {
      previous[c] = before[c];
      any = true;
    }
  }
  return any ? previous : undefined;
}

export interface TriggerRows {
  batchId: number;
  outputMode: OutputMode;
  columns: string[];
  keyColumns: string[];
  rows: ResultRow[];
  truncated: boolean;
}

/** Marks a trigger's rows against what the sink had seen, and returns the rows now known. */
export function markTrigger(known: KnownRows, t: TriggerRows): { view: ResultTableView; known: KnownRows } {
  const next = new Map(known);
  const rows: ResultTableRow[] = t.rows.map((values) => {
    const key = rowKey(values, t.keyColumns);
    const before = known.get(key);
    next.delete(key); // re-inserted below: the map's order is the order of last use
    next.set(key, values);
    if (t.outputMode === "append" || before === undefined) return { key, values, change: "added" };
    const previous = changedColumns(before, values);
    if (!previous) return { key, values, change: t.outputMode === "complete" ? "unchanged" : "updated" };
    return { key, values, change: "updated", previous };
  });
  while (next.size > KEYS_KEPT) next.delete(next.keys().next().value as string);
  return {
    view: { batchId: t.batchId, outputMode: t.outputMode, columns: t.columns, rows, truncated: t.truncated },
    known: next,
  };
}
