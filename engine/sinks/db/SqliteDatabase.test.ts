import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { SqliteDatabase } from "./SqliteDatabase";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): SqliteDatabase {
  const dir = mkdtempSync(join(tmpdir(), "dstream-db-"));
  dirs.push(dir);
  return new SqliteDatabase(join(dir, "studio.db"));
}

describe("SqliteDatabase (the database sink in Node)", () => {
  it("a word count's batches as rows; a replayed batch leaves exactly one row set for its time", async () => {
    const db = tempDb();
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    ssc
      .queueStream([["a b a"], ["b"]])
      .flatMap((l) => l.split(" "))
      .map((w) => [w, 1] as [string, number])
      .reduceByKey((x, y) => x + y)
      .foreachRDD((rdd, time) => db.writeBatch("counts", time, rdd.collect()));
    ssc.start();
    await ssc.advance(2);
    ssc.stop();
    const before = db.rows("counts");
    const rows = before.map((r) => [r.batchTime, r.key, JSON.parse(r.value), r.record]);
    expect(rows.sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1))).toEqual([
      [1000, "a", 2, "(a,2)"],
      [1000, "b", 1, "(b,1)"],
      [2000, "b", 1, "(b,1)"],
    ]);
    // Replay batch 1000 (as after a driver failure): the same records, written again.
    db.writeBatch(
      "counts",
      1000,
      before.filter((r) => r.batchTime === 1000).map((r) => [r.key, JSON.parse(r.value)]),
    );
    expect(db.rows("counts")).toEqual(before);
    // A replay that computes fewer records replaces the old set whole, leaving no stale row.
    db.writeBatch("counts", 1000, [["a", 2]]);
    expect(db.rows("counts").filter((r) => r.batchTime === 1000)).toHaveLength(1);
    db.close();
  });

  it("refuses a table name that is not an identifier", () => {
    const db = tempDb();
    expect(() => db.writeBatch('x"; DROP TABLE y; --', 1000, [])).toThrow(/is not a table name/);
    db.close();
  });
});
