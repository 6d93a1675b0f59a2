import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { probeLifecycle } from "./lifecycleProbe";

let contexts: StreamingContext[] = [];
function context() {
  const ssc = new StreamingContext({ batchIntervalMs: 1000 });
  contexts.push(ssc);
  const lines = ssc.queueStream<string>([["a"], ["b"]]);
  lines.print();
  return { ssc, lines: lines as never };
}
afterEach(() => {
  for (const c of contexts) c.stop();
  contexts = [];
});

describe("probeLifecycle", () => {
  it("adds an operation before start, refuses it after, with Spark's message", () => {
    const { ssc, lines } = context();
    expect(probeLifecycle(ssc, lines, "addOperation").ok).toBe(true);
    expect(probeLifecycle(ssc, lines, "start")).toMatchObject({ ok: true, state: "ACTIVE" });
    expect(probeLifecycle(ssc, lines, "addOperation")).toMatchObject({
      ok: false,
      message:
        "Adding new inputs, transformations, and output operations after starting a context is not supported",
    });
  });

  it("refuses a second active context, allows one once the first is stopped without its SparkContext", () => {
    const { ssc, lines } = context();
    probeLifecycle(ssc, lines, "start");
    const refused = probeLifecycle(ssc, lines, "secondContext");
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Only one StreamingContext may be started in this JVM/);
    expect(probeLifecycle(ssc, lines, "stop")).toMatchObject({
      ok: true,
      state: "STOPPED",
      sparkContextStopped: false,
    });
    expect(probeLifecycle(ssc, lines, "secondContext").ok).toBe(true);
  });

  it("never restarts a stopped context; after stop() the SparkContext is gone too", () => {
    const { ssc, lines } = context();
    probeLifecycle(ssc, lines, "start");
    probeLifecycle(ssc, lines, "stopAll");
    expect(probeLifecycle(ssc, lines, "restart")).toMatchObject({
      ok: false,
      message: "StreamingContext has already been stopped",
    });
    expect(probeLifecycle(ssc, lines, "secondContext").message).toBe(
      "Cannot call methods on a stopped SparkContext.",
    );
    expect(probeLifecycle(ssc, lines, "addOperation").message).toMatch(
      /after stopping a context is not supported/,
    );
  });
});
