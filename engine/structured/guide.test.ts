// The programming guide's windowed word count with a watermark ("Handling Late Data and Watermarking"):
// 10-minute windows sliding every 5 minutes, watermark 10 minutes, triggers every 5 minutes, the
// guide's records. Checked trigger by trigger in update and append modes, as Spark 3.5 runs it: since
// Spark 3.4 a row is late against the previous batch's watermark (eviction uses the current one), so
// (12:04, donkey) arriving in the batch that moves the watermark to 12:11 still counts, unless a batch
// without data ran in between (the last test), which is what the guide's figure shows.
import { describe, expect, it } from "vitest";
import { StructuredSession } from "./session";
import { formatTimestamp } from "./sql/evaluate";
import { chain } from "./testDocs";

const at = (hhmm: string) => `2026-12-02 ${hhmm}:00`;
const batches = [
  [
    [at("12:07"), "dog"],
    [at("12:08"), "owl"],
  ],
  [
    [at("12:14"), "dog"],
    [at("12:09"), "cat"],
  ],
  [
    [at("12:15"), "cat"],
    [at("12:08"), "dog"],
    [at("12:13"), "owl"],
    [at("12:21"), "owl"],
  ],
  [
    [at("12:04"), "donkey"],
    [at("12:17"), "owl"],
  ],
];

function session(outputMode: string, input: unknown[][] = batches) {
  return new StructuredSession(
    chain([
      ["memoryStream", { schema: "timestamp TIMESTAMP, word STRING", batches: input }],
      ["withWatermark", { eventTime: "timestamp", delayThreshold: "10 minutes" }],
      [
        "groupBy",
        {
          windowColumn: "timestamp",
          windowDuration: "10 minutes",
          slideDuration: "5 minutes",
          keys: "word",
          aggs: "count(*) AS count",
        },
      ],
      ["writeStream", { outputMode, interval: "5 minutes" }],
    ]),
  );
}

const hm = (ms: number) => formatTimestamp(ms).slice(11, 16);
const rowText = (r: unknown[]) => {
  const w = r[0] as { start: number; end: number };
  return `${hm(w.start)}-${hm(w.end)} ${r[1]} ${r[2]}`;
};

describe("the guide's windowed word count with a watermark", () => {
  it("update mode: each trigger emits the windows it changed; the watermark trails the max event time by 10 minutes", () => {
    const triggers = session("update").runBatches(10);
    expect(triggers.map((t) => t.result.rows.map(rowText))).toEqual([
      ["12:00-12:10 dog 1", "12:00-12:10 owl 1", "12:05-12:15 dog 1", "12:05-12:15 owl 1"],
      ["12:00-12:10 cat 1", "12:05-12:15 cat 1", "12:05-12:15 dog 2", "12:10-12:20 dog 1"],
      [
        "12:00-12:10 dog 2",
        "12:05-12:15 dog 3",
        "12:05-12:15 owl 2",
        "12:10-12:20 cat 1",
        "12:10-12:20 owl 1",
        "12:15-12:25 cat 1",
        "12:15-12:25 owl 1",
        "12:20-12:30 owl 1",
      ],
      ["11:55-12:05 donkey 1", "12:00-12:10 donkey 1", "12:10-12:20 owl 2", "12:15-12:25 owl 2"],
    ]);
    // watermark in force per batch, and Spark's progress: 1970 plus the batch's watermark
    expect(triggers.map((t) => (t.watermarkMs === 0 ? "0" : hm(t.watermarkMs)))).toEqual([
      "0",
      "11:58",
      "12:04",
      "12:11",
    ]);
    expect(triggers.map((t) => t.progress.eventTime.watermark)).toEqual([
      "1970-01-01T00:00:00.000Z",
      "2026-12-02T11:58:00.000Z",
      "2026-12-02T12:04:00.000Z",
      "2026-12-02T12:11:00.000Z",
    ]);
    expect(triggers[2].progress.eventTime).toMatchObject({
      max: "2026-12-02T12:21:00.000Z",
      min: "2026-12-02T12:08:00.000Z",
    });
    const ops = triggers.map((t) => t.progress.stateOperators[0]);
    expect(
      ops.map((o) => [o.numRowsTotal, o.numRowsUpdated, o.numRowsRemoved, o.numRowsDroppedByWatermark]),
    ).toEqual([
      [4, 4, 0, 0],
      [7, 4, 0, 0],
      [12, 8, 0, 0],
      [9, 4, 5, 0],
    ]);
    expect(triggers.map((t) => t.progress.batchId)).toEqual([0, 1, 2, 3]);
    expect(triggers.map((t) => t.progress.numInputRows)).toEqual([2, 2, 4, 2]);
  });

  it("append mode: a window is emitted once, when the watermark passes its end", () => {
    const triggers = session("append").runBatches(10);
    expect(triggers.map((t) => t.result.rows.map(rowText))).toEqual([
      [],
      [],
      [],
      [
        "11:55-12:05 donkey 1",
        "12:00-12:10 cat 1",
        "12:00-12:10 dog 2",
        "12:00-12:10 donkey 1",
        "12:00-12:10 owl 1",
      ],
    ]);
    expect(triggers[3].windows.filter((w) => w.state === "emitted").map((w) => hm(w.start))).toEqual([
      "11:55",
      "12:00",
    ]);
  });

  it("a trigger without data runs a no-data batch that evicts; then (12:04, donkey) is dropped as late", () => {
    const s = session("update", [batches[0], batches[1], batches[2], null, batches[3]] as unknown[][]);
    const triggers = s.runBatches(10);
    expect(triggers.map((t) => t.noDataBatch)).toEqual([false, false, false, true, false]);
    const noData = triggers[3];
    expect(noData.result.rows).toEqual([]);
    expect(noData.progress.stateOperators[0]).toMatchObject({ numRowsRemoved: 3, numRowsTotal: 9 });
    expect(noData.progress.numInputRows).toBe(0);
    expect(noData.progress.eventTime).toEqual({ watermark: "2026-12-02T12:11:00.000Z" });
    const last = triggers.slice(4);
    expect(last.map((t) => t.result.rows.map(rowText))).toEqual([["12:10-12:20 owl 2", "12:15-12:25 owl 2"]]);
    expect(last[0].progress.stateOperators[0].numRowsDroppedByWatermark).toBe(2);
    expect(last[0].input.find((r) => r.values[1] === "donkey")?.status).toBe("dropped");
  });
});
