import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { Receiver } from "./Receiver";

class Ticker extends Receiver<string> {
  started = 0;
  stopped = 0;
  onStart() {
    this.started++;
  }
  onStop() {
    this.stopped++;
  }
  override generate(fromMs: number, toMs: number) {
    this.store(`(${fromMs},${toMs}]`);
  }
}

describe("receiverStream", () => {
  it("cuts what the receiver stored into one block per batch, and starts/stops the receiver", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000 });
    const receiver = new Ticker();
    const out: string[][] = [];
    ssc.receiverStream(receiver).foreachRDD((rdd) => out.push(rdd.collect()));
    ssc.start();
    expect(receiver.started).toBe(1);
    receiver.store("pushed");
    const infos = await ssc.advance(2);
    ssc.stop();
    expect(out).toEqual([["pushed", "(0,1000]"], ["(1000,2000]"]]);
    expect(infos.map((i) => i.numRecords)).toEqual([2, 1]);
    expect(receiver.stopped).toBe(1);
  });

  it("a RateEstimator's rate is published to the receiver after each batch", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, processingTimeModel: () => 300 });
    const receiver = new Ticker();
    receiver.setRate(100);
    const stream = ssc.receiverStream(receiver);
    const calls: number[][] = [];
    stream.rateEstimator = {
      compute: (time, elements, processingDelay, schedulingDelay) => {
        calls.push([time, elements, processingDelay, schedulingDelay]);
        return 42;
      },
    };
    stream.foreachRDD(() => {});
    ssc.start();
    await ssc.advance(1);
    expect(calls).toEqual([]); // the batch ends at 1300 on the simulated clock
    await ssc.advanceClockTo(1300);
    ssc.stop();
    expect(calls).toEqual([[1300, 1, 300, 0]]);
    expect(receiver.getRateLimit()).toBe(42);
    expect(receiver.effectiveRate()).toBe(42);
  });

  it("stop({ stopGracefully: true }) processes what the receiver already stored; a plain stop drops it", async () => {
    for (const stopGracefully of [true, false]) {
      const ssc = new StreamingContext({ batchIntervalMs: 1000 });
      const receiver = new Ticker();
      const out: string[][] = [];
      ssc.receiverStream(receiver).foreachRDD((rdd, t) => out.push([String(t), ...rdd.collect()]));
      ssc.start();
      await ssc.advance(1);
      receiver.store("late");
      ssc.stop({ stopGracefully });
      expect(out).toEqual(
        stopGracefully
          ? [
              ["1000", "(0,1000]"],
              ["2000", "late"],
            ]
          : [["1000", "(0,1000]"]],
      );
      expect(ssc.getState()).toBe("STOPPED");
    }
  });

  it("cuts a batch into one partition per block interval (Spark's spark.streaming.blockInterval)", async () => {
    class Counter extends Receiver<number> {
      constructor(readonly perBatch: number[]) {
        super();
      }
      onStart() {}
      onStop() {}
      override generate() {
        const n = this.perBatch.shift() ?? 0;
        for (let i = 0; i < n; i++) this.store(i);
      }
    }
    const partitionsOf = async (
      options: { batchIntervalMs: number; blockIntervalMs?: number },
      sizes: number[],
    ) => {
      const ssc = new StreamingContext({ ...options, defaultParallelism: 2 });
      const seen: number[][] = [];
      ssc.receiverStream(new Counter([...sizes])).foreachRDD((rdd) => {
        seen.push(rdd.collectPartitions().map((p) => p.length));
      });
      ssc.start();
      await ssc.advance(sizes.length);
      ssc.stop();
      return seen;
    };
    // 1 s at the default 200 ms: 5 blocks, whatever defaultParallelism is; fewer records, fewer blocks.
    expect(await partitionsOf({ batchIntervalMs: 1000 }, [1000, 3, 0])).toEqual([
      [200, 200, 200, 200, 200],
      [1, 1, 1],
      [],
    ]);
    expect(await partitionsOf({ batchIntervalMs: 1000, blockIntervalMs: 1000 }, [10])).toEqual([[10]]);
    // 500 ms batches: block ticks at 200, 400 | 600, 800, 1000.
    expect(await partitionsOf({ batchIntervalMs: 500 }, [6, 6])).toEqual([
      [3, 3],
      [2, 2, 2],
    ]);
    expect(() => new StreamingContext({ batchIntervalMs: 1000, blockIntervalMs: 0 })).toThrow(
      "requirement failed: 'spark.streaming.blockInterval' should be a positive value",
    );
  });
});

describe("receiver input lineage", () => {
  it("generates Spark's BlockRDD, one partition per block, printed as Spark's toDebugString", async () => {
    const { StreamingContext: Ctx } = await import("../scheduler/StreamingContext");
    const { RandomWordsReceiver } = await import("./generators/RandomWordsReceiver");
    const ssc = new Ctx({ batchIntervalMs: 1000 });
    const words = ssc.receiverStream(new RandomWordsReceiver({ recordsPerSecond: 50, seed: 3 }));
    const pairs = words.map((w): [string, number] => [w, 1]);
    pairs.foreachRDD(() => {});
    ssc.start();
    await ssc.advance(1);
    const input = words.getGeneratedRDD(1000)!;
    expect(input.className).toBe("BlockRDD");
    expect(input.numPartitions).toBe(5); // 1 s / 200 ms blocks
    const lines = pairs.getGeneratedRDD(1000)!.toDebugString().split("\n");
    // Spark: "(5) MapPartitionsRDD[1] at map at ... []" then " |  BlockRDD[0] at receiverStream at ... []"
    expect(lines[0]).toMatch(/^\(5\) /);
    expect(lines.at(-1)).toMatch(/^ \| {2}BlockRDD\[\d+\] at receiverStream.*\[\]$/);
    ssc.stop();
  });
});
