import { describe, expect, it } from "vitest";
import { guideTriggers } from "./guideFixture.testkit";
import { KEYS_KEPT, markTrigger, rowKey } from "./resultTable";
import { foldTriggerReports, initialStructuredRun } from "./structuredRun";

const w = (from: string, to: string) => ({
  start: `2026-01-01T${from}:00.000Z`,
  end: `2026-01-01T${to}:00.000Z`,
});

describe("result table per output mode", () => {
  it("update: a key seen before is updated, with its previous count; a new key is added", () => {
    const run = foldTriggerReports(initialStructuredRun(), guideTriggers("update"));
    const second = run.tables[1];
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0].change).toBe("updated");
    expect(second.rows[0].previous).toEqual({ count: 1 });
    expect(run.tables[2].rows[0].change).toBe("added");
  });

  it("append: every row the sink gets is new", () => {
    const run = foldTriggerReports(initialStructuredRun(), guideTriggers("append"));
    expect(run.tables.flatMap((t) => t.rows.map((r) => r.change))).toEqual([
      "added",
      "added",
      "added",
      "added",
    ]);
  });

  it("complete: unchanged rows stay plain, changed ones are marked", () => {
    const t = {
      batchId: 0,
      outputMode: "complete" as const,
      columns: [],
      keyColumns: ["window", "word"],
      truncated: false,
    };
    const first = markTrigger(new Map(), {
      ...t,
      rows: [
        { window: w("12:00", "12:10"), word: "dog", count: 1 },
        { window: w("12:00", "12:10"), word: "cat", count: 1 },
      ],
    });
    const second = markTrigger(first.known, {
      ...t,
      batchId: 1,
      rows: [
        { window: w("12:00", "12:10"), word: "dog", count: 2 },
        { window: w("12:00", "12:10"), word: "cat", count: 1 },
        { window: w("12:05", "12:15"), word: "owl", count: 1 },
      ],
    });
    expect(second.view.rows.map((r) => r.change)).toEqual(["updated", "unchanged", "added"]);
  });

  it("identifies rows by their key columns (windows compared by value), and forgets the oldest keys", () => {
    expect(rowKey({ window: w("12:00", "12:10"), word: "a", count: 1 }, ["window", "word"])).toBe(
      rowKey({ count: 9, word: "a", window: w("12:00", "12:10") }, ["window", "word"]),
    );
    const rows = Array.from({ length: KEYS_KEPT + 10 }, (_, i) => ({ word: `w${i}`, count: 1 }));
    const { known } = markTrigger(new Map(), {
      batchId: 0,
      outputMode: "update",
      columns: ["word", "count"],
      keyColumns: ["word"],
      rows,
      truncated: false,
    });
    expect(known.size).toBe(KEYS_KEPT);
    expect(known.has(rowKey({ word: "w0" }, ["word"]))).toBe(false);
  });
});
