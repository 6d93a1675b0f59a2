// The database sink in the browser: the engine worker runs in an opaque-origin sandbox with no storage,
// so it hands each batch's rows to the page, which writes them to IndexedDB with the same rule (a batch
// time's rows replaced as a whole: app/panels/bottom/tables/tableStore.ts) and shows them in the
// bottom panel's Tables tab.
import { checkTableName, type DatabaseWriter, type DbRow, rowsOf } from "./DatabaseSink";

export class PageDatabase implements DatabaseWriter {
  readonly description = "IndexedDB in this browser";

  constructor(
    private readonly post: (write: {
      nodeId: string;
      table: string;
      batchTimeMs: number;
      rows: DbRow[];
    }) => void,
    private readonly nodeId: string,
  ) {}

  writeBatch(table: string, batchTimeMs: number, records: readonly unknown[]): void {
    this.post({
      nodeId: this.nodeId,
      table: checkTableName(table),
      batchTimeMs,
      rows: rowsOf(batchTimeMs, records),
    });
  }
}
