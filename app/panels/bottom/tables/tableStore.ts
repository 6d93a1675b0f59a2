// The database sink's tables in the browser: IndexedDB, written by the page (the engine worker's sandbox
// has no storage; user functions never reach this). Rows are keyed [table, batchTime, idx], so one
// batch's rows are one key range, and a write replaces that range whole in one transaction: a batch
// written again (a replay, a rerun from batch 0) leaves exactly one row set for its time, as the SQLite
// sink does in Node (engine/sinks/db/SqliteDatabase.ts) and Spark's guide asks of exactly-once output.
import { t } from "../../../i18n/useT";

export const TABLES_DB = "dstream-studio-tables";
const ROWS = "rows";
const TABLES = "tables";

/** One stored row, as the engine's DbRow plus its table. */
export interface TableRow {
  table: string;
  batchTime: number;
  idx: number;
  key: string | null;
  value: string;
  record: string;
}

export interface TableInfo {
  name: string;
  /** The node that last wrote it. */
  nodeId: string;
  /** The latest batch time written. */
  lastBatchTime: number;
  /** Wall time of the latest write (ms since the epoch). */
  updatedAt: number;
  rows: number;
  /** Batch times with at least one row. */
  batches: number;
}

type TableMeta = Omit<TableInfo, "rows" | "batches">;

let opening: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("The IndexedDB transaction was aborted"));
  });
}

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("IndexedDB is not available in this browser"));
      return;
    }
    const req = indexedDB.open(TABLES_DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(ROWS, { keyPath: ["table", "batchTime", "idx"] });
      req.result.createObjectStore(TABLES, { keyPath: "name" });
    };
    req.onsuccess = () => {
      // Another tab deleting or upgrading the database closes this connection; reopen on next use.
      req.result.onversionchange = () => {
        req.result.close();
        opening = undefined;
      };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(t("notices.storage.tablesBlocked")));
  }).catch((e: unknown) => {
    opening = undefined;
    throw e;
  });
  return opening;
}

const tableRange = (table: string) =>
  IDBKeyRange.bound([table, -Infinity, -Infinity], [table, Infinity, Infinity]);
const batchRange = (table: string, batchTime: number) =>
  IDBKeyRange.bound([table, batchTime, -Infinity], [table, batchTime, Infinity]);

/** Replaces the rows of `batchTime` in `table` with `rows`, in one transaction (idempotent per batch time). */
export async function writeTableBatch(
  table: string,
  batchTime: number,
  rows: readonly Omit<TableRow, "table">[],
  nodeId: string,
): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([ROWS, TABLES], "readwrite");
  const store = tx.objectStore(ROWS);
  store.delete(batchRange(table, batchTime));
  for (const row of rows) store.put({ ...row, table, batchTime });
  const tables = tx.objectStore(TABLES);
  const before = (await request(tables.get(table))) as TableMeta | undefined;
  const meta: TableMeta = {
    name: table,
    nodeId,
    lastBatchTime: Math.max(batchTime, before?.lastBatchTime ?? batchTime),
    updatedAt: Date.now(),
  };
  tables.put(meta);
  await done(tx);
}

/** Counts the distinct batch times of a table, jumping from one batch's key range to the next. */
async function countBatches(store: IDBObjectStore, table: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const req = store.openKeyCursor(tableRange(table));
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(n);
      n++;
      const [, batchTime] = cursor.key as [string, number, number];
      cursor.continue([table, batchTime, Infinity]);
    };
  });
}

/** Every table with its row and batch counts, by name. */
export async function listTables(): Promise<TableInfo[]> {
  const db = await openDb();
  const tx = db.transaction([ROWS, TABLES], "readonly");
  const metas = (await request(tx.objectStore(TABLES).getAll())) as TableMeta[];
  const rowsStore = tx.objectStore(ROWS);
  const out: TableInfo[] = [];
  for (const meta of metas) {
    const rows = await request(rowsStore.count(tableRange(meta.name)));
    const batches = await countBatches(rowsStore, meta.name);
    out.push({ ...meta, rows, batches });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** One page of a table's rows in batch and record order (SQL: ORDER BY batch_time, idx LIMIT OFFSET). */
export async function readTableRows(table: string, offset: number, limit: number): Promise<TableRow[]> {
  const db = await openDb();
  const store = db.transaction(ROWS, "readonly").objectStore(ROWS);
  return new Promise((resolve, reject) => {
    const out: TableRow[] = [];
    let skipped = offset <= 0;
    const req = store.openCursor(tableRange(table));
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve(out);
      if (!skipped) {
        skipped = true;
        cursor.advance(offset);
        return;
      }
      out.push(cursor.value as TableRow);
      cursor.continue();
    };
  });
}

/** Deletes a table's rows and its entry. */
export async function clearTable(table: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([ROWS, TABLES], "readwrite");
  tx.objectStore(ROWS).delete(tableRange(table));
  tx.objectStore(TABLES).delete(table);
  await done(tx);
}

/** Forgets the open connection (tests give each case a fresh IndexedDB). */
export function resetTableStoreForTests(): void {
  opening = undefined;
}
