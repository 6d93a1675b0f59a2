import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { runBatches } from "../testing/runBatches";

describe("DStream base", () => {
  it("ids are stable and in creation order; names are Spark's class names", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const a = ssc.queueStream([[1]]);
    const b = a.map((x) => x).filter(() => true);
    expect([a.id, b.id]).toEqual([0, 2]);
    expect(b.name).toBe("FilteredDStream");
    expect(b.lineage().map((s) => s.name)).toEqual(["QueueInputDStream", "MappedDStream", "FilteredDStream"]);
  });

  it("isTimeValid: after zero time, on the slide grid", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const s = ssc.queueStream([[1]]);
    s.print();
    expect(() => s.isTimeValid(1000)).toThrow("QueueInputDStream@0 has not been initialized");
    ssc.start();
    expect([0, 500, 1000, 2000].map((t) => s.isTimeValid(t))).toEqual([false, false, true, true]);
    ssc.stop();
  });

  it("getOrCompute memoises one RDD per batch time", async () => {
    let computed = 0;
    const { outputs } = await runBatches([[1, 2]], (s) => {
      const m = s.map((x) => {
        computed++;
        return x;
      });
      return m.union(m);
    });
    expect(outputs[0].records).toEqual([1, 2, 1, 2]);
    expect(computed).toBe(4); // the same RDD, not persisted: its records are computed per use
  });

  it("persist/cache computes a generated RDD's records once for every use", async () => {
    let computed = 0;
    await runBatches([[1, 2]], (s) => {
      const m = s
        .map((x) => {
          computed++;
          return x;
        })
        .cache();
      return m.union(m);
    });
    expect(computed).toBe(2);
  });

  it("slice returns the remembered RDDs of [from, to], aligned down to the slide grid", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const s = ssc.queueStream([[1], [2], [3], [4]]);
    s.foreachRDD(() => {});
    ssc.remember(10_000);
    ssc.start();
    await ssc.advance(4);
    expect(s.slice(2000, 3999).map((r) => r.collect())).toEqual([[2], [3]]);
    expect(s.slice(0, 1500).map((r) => r.collect())).toEqual([[1]]);
    ssc.stop();
  });

  it("checkpoint/persist cannot change after start, with Spark's messages", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const s = ssc.queueStream([[1]]);
    s.print();
    ssc.start();
    expect(() => s.persist()).toThrow(
      "Cannot change storage level of a DStream after streaming context has started",
    );
    expect(() => s.checkpoint(2000)).toThrow(
      "Cannot change checkpoint interval of a DStream after streaming context has started",
    );
    ssc.stop();
  });

  it("checkpoint(interval) persists the stream", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const s = ssc.queueStream([[1]]).checkpoint(2000);
    expect(s.storageLevel).toBe("MEMORY_ONLY");
    expect(s.checkpointDuration).toBe(2000);
  });
});
