import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { StreamingContext } from "../scheduler/StreamingContext";

const collect = async (make: (ssc: StreamingContext) => DStream<any>, n: number) => {
  const ssc = new StreamingContext({ batchIntervalMs: 1000 });
  const out: unknown[][] = [];
  make(ssc).foreachRDD((rdd) => out.push(rdd.collect()));
  ssc.start();
  await ssc.advance(n);
  ssc.stop();
  return out;
};

describe("queueStream (Spark's QueueInputDStream)", () => {
  it("one batch per interval, then empty RDDs", async () => {
    expect(await collect((ssc) => ssc.queueStream([["a"], ["b"]]), 3)).toEqual([["a"], ["b"], []]);
  });

  it("oneAtATime = false takes everything queued at the first batch", async () => {
    expect(await collect((ssc) => ssc.queueStream([["a"], ["b"]], false), 2)).toEqual([["a", "b"], []]);
  });

  it("the default batch fills an empty queue", async () => {
    expect(await collect((ssc) => ssc.queueStream([["a"]], true, ["d"]), 3)).toEqual([["a"], ["d"], ["d"]]);
  });

  it("accepts RDDs", async () => {
    expect(await collect((ssc) => ssc.queueStream([ssc.sparkContext.parallelize(["x", "y"], 1)]), 1)).toEqual(
      [["x", "y"]],
    );
  });
});
