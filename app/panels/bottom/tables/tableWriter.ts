// Writes the database sink's batches (the worker's "tableWrite" messages) to IndexedDB, in the order
// they came, and tells the Tables tab once each write is committed. The run session hands it every
// worker message, whether or not the tab is open, so no batch is missed. The IndexedDB code (tableStore)
// loads with the first write, in the queue's order: a pipeline without a database sink never needs it.
import type { FromWorker } from "../../../../engine/protocol/messages";

type TableWrite = Extract<FromWorker, { type: "tableWrite" }>;

export interface TableWriterState {
  /** Writes committed since the page loaded (the Tables tab reloads when it changes). */
  committed: number;
  /** The last failed write, e.g. storage full or IndexedDB unavailable. */
  error?: { table: string; batchTimeMs: number; message: string };
}

let state: TableWriterState = { committed: 0 };
const listeners = new Set<() => void>();
let queue: Promise<void> = Promise.resolve();

function update(next: TableWriterState): void {
  state = next;
  for (const l of listeners) l();
}

/** Queues one batch's rows; resolves when it is committed (or has failed, which the tab shows). */
export function writeTableMessage(msg: TableWrite): Promise<void> {
  queue = queue
    .then(() => import("./tableStore"))
    .then(({ writeTableBatch }) => writeTableBatch(msg.table, msg.batchTimeMs, msg.rows, msg.nodeId))
    .then(
      () => update({ committed: state.committed + 1, error: state.error }),
      (e: unknown) =>
        update({
          committed: state.committed,
          error: {
            table: msg.table,
            batchTimeMs: msg.batchTimeMs,
            message: e instanceof Error ? e.message : String(e),
          },
        }),
    );
  return queue;
}

/** Hands a worker message to the writer if it is a database sink's batch. */
export function hearWorkerMessage(msg: { type: string }): void {
  if (msg.type === "tableWrite") void writeTableMessage(msg as TableWrite);
}

/** Resolves once every queued write has settled. */
export function tableWritesSettled(): Promise<void> {
  return queue;
}

/** Something changed in the tables (a write committed or failed), or the tab cleared one. */
export function notifyTablesChanged(): void {
  update({ ...state });
}

export function subscribeTableWriter(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tableWriterState(): TableWriterState {
  return state;
}
