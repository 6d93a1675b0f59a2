// Port of Spark's StreamingContextSuite: what start refuses and when, with the messages of
// StreamingContext.scala, DStream.scala (validateAtInit/validateAtStart) and DStreamGraph.scala, and the
// SparkContext's lifecycle under the StreamingContext (stopSparkContext).
import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../StreamingContext";
import { addInputStream, newContext, stopContexts } from "./streamingContext.testkit";

afterEach(stopContexts);

describe("StreamingContextSuite (Spark): graph validation and the SparkContext", () => {
  it("should throw an exception when adding new inputs/transformations/outputs after start", () => {
    const ssc = newContext();
    const input = addInputStream(ssc);
    const transformed = input.map((x) => x);
    transformed.foreachRDD(() => {});
    ssc.start();
    const afterStart =
      "Adding new inputs, transformations, and output operations after starting a context is not supported";
    expect(() => addInputStream(ssc)).toThrow(afterStart);
    expect(() => input.map((x) => x * 2)).toThrow(afterStart);
    expect(() => transformed.foreachRDD(() => {})).toThrow(afterStart);
    expect(() => ssc.queueStream([[1]])).toThrow(afterStart);
    ssc.stop();
    const afterStop =
      "Adding new inputs, transformations, and output operations after stopping a context is not supported";
    expect(() => addInputStream(ssc)).toThrow(afterStop);
    expect(() => input.map((x) => x * 2)).toThrow(afterStop);
    expect(() => transformed.foreachRDD(() => {})).toThrow(afterStop);
  });

  it("remember twice: DStreamGraph's requirement message", () => {
    const ssc = newContext();
    ssc.remember(3000);
    expect(() => ssc.remember(4000)).toThrow(
      "requirement failed: Remember duration already set as 3000 ms. Cannot set it again.",
    );
  });

  it("persist / checkpoint after start are refused with DStream's messages", () => {
    const ssc = newContext();
    const input = addInputStream(ssc);
    input.foreachRDD(() => {});
    ssc.start();
    expect(() => input.persist()).toThrow(
      "Cannot change storage level of a DStream after streaming context has started",
    );
    expect(() => input.checkpoint(5000)).toThrow(
      "Cannot change checkpoint interval of a DStream after streaming context has started",
    );
  });

  it("checkpoint interval lower than the slide: DStream.validateAtStart's message", () => {
    const ssc = newContext(1000);
    ssc.checkpoint("/tmp/checkpoint");
    addInputStream(ssc)
      .map((x) => x)
      .checkpoint(500)
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint interval for MappedDStream has been set to 500 ms which is lower than its slide time (1000 ms). Please set it to at least 1000 ms.",
    );
  });

  it("checkpoint interval not a multiple of the slide: Spark's message (with its double space)", () => {
    const ssc = newContext(1000);
    ssc.checkpoint("/tmp/checkpoint");
    addInputStream(ssc)
      .map((x) => x)
      .checkpoint(1500)
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint interval for MappedDStream has been set to  1500 ms which not a multiple of its slide time (1000 ms). Please set it to a multiple of 1000 ms.",
    );
  });

  it("a checkpointed stream needs the checkpoint directory too", () => {
    const ssc = newContext(1000);
    addInputStream(ssc)
      .map((x) => x)
      .checkpoint(2000)
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
  });

  it("transform may return an RDD of another (live) context: Spark runs it (one SparkContext per JVM)", async () => {
    const other = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const ssc = newContext(1000);
    const seen: number[][] = [];
    addInputStream(ssc)
      .transform((rdd) => rdd.union(other.sparkContext.parallelize([9])))
      .foreachRDD((rdd) => void seen.push(rdd.collect()));
    ssc.start();
    await ssc.advance(1);
    expect(seen).toEqual([[1, 9]]);
  });

  it("transform returning an RDD of a stopped context fails the batch (its SparkContext is stopped)", async () => {
    // Spark has one SparkContext per JVM, so an RDD "from another context" is one whose context was
    // stopped (ssc.stop() stops it by default); running it throws IllegalStateException "Cannot call
    // methods on a stopped SparkContext."
    const old = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    const stale = old.sparkContext.parallelize([9]);
    old.stop();
    const ssc = newContext(1000);
    addInputStream(ssc)
      .transform((rdd) => rdd.union(stale))
      .foreachRDD((rdd) => void rdd.collect());
    ssc.start();
    await expect(ssc.advance(1)).rejects.toThrow("Cannot call methods on a stopped SparkContext");
  });

  it("stop() stops the SparkContext by default (spark.streaming.stopSparkContextByDefault)", () => {
    // Spark: after ssc.stop(), ssc.sparkContext.makeRDD(1 to 10) throws IllegalStateException
    // "Cannot call methods on a stopped SparkContext." (SparkContext.assertNotStopped); stop(stopSparkContext
    // = false) leaves it usable.
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    const early = ssc.sparkContext.parallelize([1, 2, 3]);
    ssc.stop();
    expect(() => ssc.sparkContext.parallelize([1, 2, 3]).collect()).toThrow(
      "Cannot call methods on a stopped SparkContext",
    );
    expect(() => early.collect()).toThrow("Cannot call methods on a stopped SparkContext.");
  });

  it("stop({ stopSparkContext: false }) keeps the SparkContext; a later stop() stops it (Spark's stop)", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    ssc.stop({ stopSparkContext: false, stopGracefully: true });
    expect(ssc.getState()).toBe("STOPPED");
    expect(ssc.sparkContext.parallelize([1, 2, 3]).collect()).toEqual([1, 2, 3]);
    ssc.stop(); // already stopped, but Spark still stops the SparkContext when asked
    expect(() => ssc.sparkContext.makeRDD([1])).toThrow("Cannot call methods on a stopped SparkContext.");
  });

  it("stop() before start() stops the SparkContext too", () => {
    const ssc = newContext();
    ssc.stop();
    expect(ssc.getState()).toBe("STOPPED");
    expect(() => ssc.sparkContext.emptyRDD()).toThrow("Cannot call methods on a stopped SparkContext.");
  });
});
