// A database as an output operation, written the way Spark's guide makes output exactly-once: each
// batch's rows are keyed by the batch time and replace whatever that batch time wrote before, in one
// transaction, so a batch that runs again (a replay after a failure, a restarted run) leaves exactly one
// row set for its time. foreachRDD((rdd, time) => db.writeBatch(table, time, rdd.collect())).
import { formatRecord } from "../../core/format";

/** One row: the record at position `idx` of the batch at `batchTime`. */
export interface DbRow {
  batchTime: number;
  idx: number;
  /** A pair's key, as Scala prints it; null for a record that is not a pair. */
  key: string | null;
  /** A pair's value (else the record) as JSON, so numbers stay numbers. */
  value: string;
  /** The whole record as Scala prints it: "(a,3)". */
  record: string;
}

export interface DatabaseWriter {
  /** "studio.db (SQLite)", "IndexedDB in this browser". */
  readonly description: string;
  /** Replaces the rows of `batchTimeMs` in `table` with `records` (idempotent per batch time). */
  writeBatch(table: string, batchTimeMs: number, records: readonly unknown[]): void;
}

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function checkTableName(table: string): string {
  if (!TABLE_NAME.test(table))
    throw new Error(
      `"${table}" is not a table name: use letters, digits and _ (not first), at most 64 characters`,
    );
  return table;
}

const json = (v: unknown): string => JSON.stringify(v === undefined ? null : v) ?? "null";

export function rowsOf(batchTimeMs: number, records: readonly unknown[]): DbRow[] {
  return records.map((r, idx) => {
    const pair = Array.isArray(r) && r.length === 2;
    return {
      batchTime: batchTimeMs,
      idx,
      key: pair ? formatRecord(r[0]) : null,
      value: json(pair ? r[1] : r),
      record: formatRecord(r),
    };
  });
}
