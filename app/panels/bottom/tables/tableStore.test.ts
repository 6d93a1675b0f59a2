import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import {
  clearTable,
  listTables,
  readTableRows,
  resetTableStoreForTests,
  type TableRow,
  writeTableBatch,
} from "./tableStore";
import { tableWriterState, tableWritesSettled, writeTableMessage } from "./tableWriter";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
  resetTableStoreForTests();
});

const row = (batchTime: number, idx: number, key: string, n: number) => ({
  batchTime,
  idx,
  key,
  value: String(n),
  record: `(${key},${n})`,
});

const records = (rows: TableRow[]) => rows.map((r) => [r.batchTime, r.idx, r.record]);

describe("the database sink's IndexedDB tables", () => {
  it("a batch written again replaces its rows: exactly one row set per batch time", async () => {
    await writeTableBatch("counts", 1000, [row(1000, 0, "a", 2), row(1000, 1, "b", 1)], "db");
    await writeTableBatch("counts", 2000, [row(2000, 0, "b", 1)], "db");
    // A replay of batch 1000 with the same records, then one that computes fewer: no duplicate, no stale row.
    await writeTableBatch("counts", 1000, [row(1000, 0, "a", 2), row(1000, 1, "b", 1)], "db");
    expect(records(await readTableRows("counts", 0, 100))).toEqual([
      [1000, 0, "(a,2)"],
      [1000, 1, "(b,1)"],
      [2000, 0, "(b,1)"],
    ]);
    await writeTableBatch("counts", 1000, [row(1000, 0, "a", 3)], "db");
    expect(records(await readTableRows("counts", 0, 100))).toEqual([
      [1000, 0, "(a,3)"],
      [2000, 0, "(b,1)"],
    ]);
    expect(await listTables()).toEqual([
      {
        name: "counts",
        nodeId: "db",
        lastBatchTime: 2000,
        updatedAt: expect.any(Number),
        rows: 2,
        batches: 2,
      },
    ]);
  });

  it("keeps tables apart, pages rows in batch and record order, and clears one table", async () => {
    for (let b = 1; b <= 12; b++)
      await writeTableBatch(
        "big",
        b * 1000,
        Array.from({ length: 10 }, (_, i) => row(b * 1000, i, `k${i}`, b)),
        "n1",
      );
    await writeTableBatch("small", 1000, [row(1000, 0, "x", 1)], "n2");
    const page = await readTableRows("big", 45, 10);
    expect(records(page)).toEqual([
      [5000, 5, "(k5,5)"],
      [5000, 6, "(k6,5)"],
      [5000, 7, "(k7,5)"],
      [5000, 8, "(k8,5)"],
      [5000, 9, "(k9,5)"],
      [6000, 0, "(k0,6)"],
      [6000, 1, "(k1,6)"],
      [6000, 2, "(k2,6)"],
      [6000, 3, "(k3,6)"],
      [6000, 4, "(k4,6)"],
    ]);
    expect(await readTableRows("big", 115, 10)).toHaveLength(5);
    expect(await readTableRows("big", 500, 10)).toEqual([]);
    expect((await listTables()).map((t) => [t.name, t.rows, t.batches])).toEqual([
      ["big", 120, 12],
      ["small", 1, 1],
    ]);
    await clearTable("big");
    expect((await listTables()).map((t) => t.name)).toEqual(["small"]);
    expect(await readTableRows("big", 0, 10)).toEqual([]);
    expect(records(await readTableRows("small", 0, 10))).toEqual([[1000, 0, "(x,1)"]]);
  });

  it("the writer commits the worker's messages in the order they came", async () => {
    const before = tableWriterState().committed;
    const msg = (batchTimeMs: number, n: number) => ({
      type: "tableWrite" as const,
      nodeId: "db",
      table: "t",
      batchTimeMs,
      rows: [row(batchTimeMs, 0, "a", n)],
    });
    // Batch 1000 twice: the later message's rows win.
    void writeTableMessage(msg(1000, 1));
    void writeTableMessage(msg(2000, 2));
    void writeTableMessage(msg(1000, 3));
    await tableWritesSettled();
    expect(tableWriterState().committed - before).toBe(3);
    expect(records(await readTableRows("t", 0, 10))).toEqual([
      [1000, 0, "(a,3)"],
      [2000, 0, "(a,2)"],
    ]);
  });
});
