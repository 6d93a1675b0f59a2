// Port of Spark's StreamingContextSuite (streaming/src/test/scala/org/apache/spark/streaming/
// StreamingContextSuite.scala) with the messages of StreamingContext.scala, on the manual clock:
// start/stop states, awaitTermination, errors, one active context. Graph validation and the SparkContext's
// lifecycle: StreamingContextSuite.validation.test.ts; listener events and batch timing:
// StreamingContextSuite.batches.test.ts.
import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../StreamingContext";
import { addInputStream, newContext, stopContexts } from "./streamingContext.testkit";

afterEach(stopContexts);

describe("StreamingContextSuite (Spark): lifecycle", () => {
  it("start and stop state check", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    expect(ssc.getState()).toBe("INITIALIZED");
    ssc.start();
    expect(ssc.getState()).toBe("ACTIVE");
    ssc.stop();
    expect(ssc.getState()).toBe("STOPPED");
  });

  it("start multiple times: the second start only warns and the context stays ACTIVE", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    expect(() => ssc.start()).not.toThrow();
    expect(ssc.getState()).toBe("ACTIVE");
  });

  it("stop multiple times", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    ssc.stop();
    expect(() => ssc.stop()).not.toThrow();
    expect(ssc.getState()).toBe("STOPPED");
  });

  it("stop before start", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    expect(() => ssc.stop()).not.toThrow();
    expect(ssc.getState()).toBe("STOPPED");
  });

  it("start after stop", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.stop();
    expect(() => ssc.start()).toThrow("StreamingContext has already been stopped");
    expect(ssc.getState()).toBe("STOPPED");
  });

  it("start after stop: the error is an IllegalStateException", () => {
    const ssc = newContext();
    ssc.stop();
    let error: unknown;
    try {
      ssc.start();
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe("IllegalStateException");
  });

  it("stopGracefully is accepted and stops", async () => {
    const ssc = newContext();
    const seen: number[] = [];
    addInputStream(ssc).foreachRDD((rdd) => void seen.push(...rdd.collect()));
    ssc.start();
    await ssc.advance(2);
    ssc.stop({ stopGracefully: true, stopSparkContext: false });
    expect(ssc.getState()).toBe("STOPPED");
    expect(seen).toEqual([1, 2]);
  });

  it("awaitTermination after stop returns", async () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    ssc.stop();
    await expect(ssc.awaitTermination()).resolves.toBeUndefined();
    await expect(ssc.awaitTerminationOrTimeout(10)).resolves.toBe(true);
  });

  it("awaitTermination resolves when another caller stops the context", async () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    ssc.start();
    const waiting = ssc.awaitTermination();
    ssc.stop();
    await expect(waiting).resolves.toBeUndefined();
  });

  it("error in a task: the batch fails with the task's error (awaitTermination with error in task)", async () => {
    const ssc = newContext();
    addInputStream(ssc)
      .map(() => {
        throw new Error("error in map task");
      })
      .foreachRDD((rdd) => void rdd.count());
    ssc.start();
    await expect(ssc.advance(1)).rejects.toThrow("map task");
  });

  it("error in job generation: transform's error reaches the caller", async () => {
    const ssc = newContext();
    addInputStream(ssc)
      .transform(() => {
        throw new Error("error in transform");
      })
      .foreachRDD(() => {});
    ssc.start();
    await expect(ssc.advance(1)).rejects.toThrow("transform");
  });

  it("DStream graph with no output operations refuses to start, and the context is STOPPED", () => {
    const ssc = newContext();
    addInputStream(ssc).map((x) => x);
    expect(() => ssc.start()).toThrow(
      "requirement failed: No output operations registered, so nothing to execute",
    );
    expect(ssc.getState()).toBe("STOPPED");
    expect(StreamingContext.getActive()).toBeUndefined();
  });

  it("start failure (no checkpoint directory for updateStateByKey) marks the context STOPPED", () => {
    const ssc = newContext();
    addInputStream(ssc)
      .map((x): [number, number] => [x, 1])
      .updateStateByKey((values: number[], state: number | undefined) => (state ?? 0) + values.length)
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
    expect(ssc.getState()).toBe("STOPPED");
    expect(StreamingContext.getActive()).toBeUndefined();
  });

  it("getActive: the started context until it stops", () => {
    const ssc = newContext();
    addInputStream(ssc).foreachRDD(() => {});
    expect(StreamingContext.getActive()).toBeUndefined();
    ssc.start();
    expect(StreamingContext.getActive()).toBe(ssc);
    ssc.stop();
    expect(StreamingContext.getActive()).toBeUndefined();
  });

  it("multiple streaming contexts: a second one cannot start while the first is active", () => {
    const ssc = newContext(1000);
    addInputStream(ssc).foreachRDD((rdd) => void rdd.count());
    ssc.start();
    const another = newContext(10_000);
    addInputStream(another).foreachRDD((rdd) => void rdd.count());
    expect(() => another.start()).toThrow(
      "Only one StreamingContext may be started in this JVM. Currently running StreamingContext was started at",
    );
    expect(another.getState()).toBe("INITIALIZED");
    ssc.stop();
    another.start();
    expect(another.getState()).toBe("ACTIVE");
  });
});
