// The database sink in Node: SQLite through better-sqlite3 (an embedded file, no server). One table per
// sink, keyed (batch_time, idx); a batch's rows are replaced in one transaction (DatabaseSink.ts says why).
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { checkTableName, type DatabaseWriter, type DbRow, rowsOf } from "./DatabaseSink";

// better-sqlite3 is a native module: loaded on first use, so programs without a database sink never need it.
const require = createRequire(import.meta.url);

export class SqliteDatabase implements DatabaseWriter {
  readonly description: string;
  readonly #db: BetterSqlite3.Database;
  readonly #prepared = new Set<string>();

  constructor(readonly file: string) {
    const Database = require("better-sqlite3") as typeof BetterSqlite3;
    this.#db = new Database(file);
    this.#db.pragma("journal_mode = WAL");
    this.description = `${file} (SQLite)`;
  }

  #ensure(table: string): void {
    if (this.#prepared.has(table)) return;
    this.#db.exec(
      `CREATE TABLE IF NOT EXISTS "${table}" (batch_time INTEGER NOT NULL, idx INTEGER NOT NULL, ` +
        "key TEXT, value TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (batch_time, idx))",
    );
    this.#prepared.add(table);
  }

  writeBatch(table: string, batchTimeMs: number, records: readonly unknown[]): void {
    checkTableName(table);
    this.#ensure(table);
    const rows = rowsOf(batchTimeMs, records);
    const remove = this.#db.prepare(`DELETE FROM "${table}" WHERE batch_time = ?`);
    const insert = this.#db.prepare(
      `INSERT INTO "${table}" (batch_time, idx, key, value, record) VALUES (@batchTime, @idx, @key, @value, @record)`,
    );
    this.#db.transaction(() => {
      remove.run(batchTimeMs);
      for (const row of rows) insert.run(row);
    })();
  }

  /** The table's rows in batch and record order. */
  rows(table: string): DbRow[] {
    checkTableName(table);
    this.#ensure(table);
    return this.#db
      .prepare(
        `SELECT batch_time AS batchTime, idx, key, value, record FROM "${table}" ORDER BY batch_time, idx`,
      )
      .all() as DbRow[];
  }

  close(): void {
    this.#db.close();
  }
}
