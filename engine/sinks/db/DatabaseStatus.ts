// What a database sink's node shows: where it writes, the rows written so far and the latest batch, or
// why a write failed (the batch then fails too, as a failed foreachRDD fails Spark's job).
import type { SourceStatus } from "../../sources/net/SourceStatus";
import { LAST_RECORDS, MAX_LOG_LINES } from "../../sources/net/SourceStatus";
import type { DatabaseWriter } from "./DatabaseSink";

export class DatabaseStatus {
  onStatus?: (status: SourceStatus, logLine?: string) => void;
  #status: SourceStatus;

  constructor(
    private readonly db: DatabaseWriter,
    private readonly table: string,
  ) {
    this.#status = {
      state: "connected",
      endpoint: `${db.description}: ${table}`,
      received: 0,
      dropped: 0,
      lastRecords: [],
      log: [],
    };
  }

  status(): SourceStatus {
    return this.#status;
  }

  /** Writes one batch through the database, keeping count; a failure is shown, then thrown on. */
  writeBatch(batchTimeMs: number, records: readonly unknown[]): void {
    try {
      this.db.writeBatch(this.table, batchTimeMs, records);
    } catch (e) {
      const message = `Writing batch ${batchTimeMs} ms to ${this.#status.endpoint} failed: ${(e as Error).message}`;
      this.#update({ ...this.#status, state: "failed", message, log: [...this.#status.log, message] });
      throw e;
    }
    const line = `batch ${batchTimeMs} ms: ${records.length} rows`;
    this.#update({
      ...this.#status,
      state: "connected",
      message: undefined,
      received: this.#status.received + records.length,
      lastRecords: [...this.#status.lastRecords, line].slice(-LAST_RECORDS),
    });
  }

  #update(next: SourceStatus): void {
    this.#status = { ...next, log: next.log.slice(-MAX_LOG_LINES) };
    this.onStatus?.(this.#status);
  }
}
