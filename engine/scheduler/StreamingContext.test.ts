import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "./StreamingContext";

const contexts: StreamingContext[] = [];
const make = (options: Partial<ConstructorParameters<typeof StreamingContext>[0]> = {}) => {
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", out: () => {}, ...options });
  contexts.push(ssc);
  return ssc;
};
afterEach(() => {
  for (const ssc of contexts.splice(0)) ssc.stop();
});

describe("StreamingContext lifecycle (Spark's states and messages)", () => {
  it("goes INITIALIZED -> ACTIVE -> STOPPED", () => {
    const ssc = make();
    ssc.queueStream([[1]]).foreachRDD(() => {});
    expect(ssc.getState()).toBe("INITIALIZED");
    ssc.start();
    expect(ssc.getState()).toBe("ACTIVE");
    expect(StreamingContext.getActive()).toBe(ssc);
    ssc.stop();
    expect(ssc.getState()).toBe("STOPPED");
    expect(StreamingContext.getActive()).toBeUndefined();
  });

  it("refuses to start without an output operation", () => {
    const ssc = make();
    ssc.queueStream([[1]]).map((x) => x);
    expect(() => ssc.start()).toThrow(
      "requirement failed: No output operations registered, so nothing to execute",
    );
    // Spark: "Error starting the context, marking it as stopped"
    expect(ssc.getState()).toBe("STOPPED");
  });

  it("refuses new operations after start and after stop", () => {
    const ssc = make();
    const s = ssc.queueStream([[1]]);
    s.print();
    ssc.start();
    expect(() => s.map((x) => x)).toThrow(
      "Adding new inputs, transformations, and output operations after starting a context is not supported",
    );
    ssc.stop();
    expect(() => s.map((x) => x)).toThrow(
      "Adding new inputs, transformations, and output operations after stopping a context is not supported",
    );
  });

  it("refuses a restart after stop", () => {
    const ssc = make();
    ssc.queueStream([[1]]).print();
    ssc.start();
    ssc.stop();
    expect(() => ssc.start()).toThrow("StreamingContext has already been stopped");
  });

  it("refuses a second active context", () => {
    const a = make();
    a.queueStream([[1]]).print();
    a.start();
    const b = make();
    b.queueStream([[1]]).print();
    expect(() => b.start()).toThrow(
      /^Only one StreamingContext may be started in this JVM\. Currently running/,
    );
    a.stop();
    b.start();
    expect(b.getState()).toBe("ACTIVE");
  });

  it("refuses a stream that must checkpoint when no checkpoint directory is set", () => {
    const ssc = make();
    const s = ssc.queueStream([[1]]).map((x) => x);
    s.mustCheckpoint = true;
    s.persist();
    s.print();
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
    const again = make();
    const t = again.queueStream([[1]]).map((x) => x);
    t.mustCheckpoint = true;
    t.persist().print();
    again.checkpoint("/tmp/cp");
    again.start();
    expect(again.getState()).toBe("ACTIVE");
  });

  it("checks checkpoint intervals against the slide duration", () => {
    const ssc = make();
    ssc.checkpoint("/tmp/cp");
    ssc
      .queueStream([[1]])
      .map((x) => x)
      .checkpoint(500)
      .print();
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint interval for MappedDStream has been set to 500 ms which is lower than its slide time (1000 ms). Please set it to at least 1000 ms.",
    );
  });

  it("manual clock: batch k runs at k * interval, only on advance", async () => {
    const ssc = make({ batchIntervalMs: 500 });
    const times: number[] = [];
    ssc.queueStream([[1], [2], [3]]).foreachRDD((_, t) => times.push(t));
    ssc.start();
    expect(times).toEqual([]);
    await ssc.advance(2);
    expect(times).toEqual([500, 1000]);
    await ssc.advance();
    expect(times).toEqual([500, 1000, 1500]);
  });

  it("a user error rejects advance with the original Error and the context stays ACTIVE", async () => {
    const ssc = make();
    const boom = new Error("boom");
    const seen: number[] = [];
    ssc
      .queueStream([[1], [2], [3]])
      .map((x) => {
        if (x === 2) throw boom;
        return x;
      })
      .foreachRDD((rdd) => seen.push(...rdd.collect()));
    ssc.start();
    await ssc.advance(1);
    await expect(ssc.advance(1)).rejects.toBe(boom);
    expect(ssc.getState()).toBe("ACTIVE");
    expect(ssc.completedBatches.at(-1)?.failureReason).toBe("boom");
    await ssc.advance(1);
    expect(seen).toEqual([1, 3]);
  });

  it("advance before start or after stop is refused", async () => {
    const ssc = make();
    ssc.queueStream([[1]]).print();
    await expect(ssc.advance()).rejects.toThrow("call start() before advance()");
    ssc.start();
    ssc.stop({ stopGracefully: true });
    await expect(ssc.advance()).rejects.toThrow("StreamingContext has already been stopped");
  });

  it("awaitTerminationOrTimeout resolves true once stopped, false on timeout", async () => {
    const ssc = make();
    ssc.queueStream([[1]]).print();
    ssc.start();
    expect(await ssc.awaitTerminationOrTimeout(1)).toBe(false);
    const waiting = ssc.awaitTermination();
    ssc.stop();
    await expect(waiting).resolves.toBeUndefined();
    expect(await ssc.awaitTerminationOrTimeout(1)).toBe(true);
  });

  it("system clock: batches fire on real time", async () => {
    const ssc = make({ clock: "system", batchIntervalMs: 20 });
    const times: number[] = [];
    ssc.queueStream<number>([]).foreachRDD((_, t) => times.push(t));
    ssc.start();
    await ssc.awaitTerminationOrTimeout(100);
    ssc.stop();
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times[1] - times[0]).toBe(20);
  });
});
