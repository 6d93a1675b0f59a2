// The worker runs a structured query with the page's usual messages: load answers with the query's
// start, Step runs exactly one trigger, Stop ends the query.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { unbundleAll } from "../protocol/wire";
import { EngineHost } from "./EngineHost";
import { FakeEnv } from "./testEnv";

const guide = JSON.parse(
  readFileSync(new URL("../../public/examples/structured/windowed-word-count.json", import.meta.url), "utf8"),
);

let host: EngineHost | undefined;
afterEach(() => host?.dispose());

describe("a structured query in the worker", () => {
  it("loads, steps one trigger at a time, and stops", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    await host.handle({ type: "load", pipeline: guide, requestId: 7 });
    const loaded = env.ofType("loaded")[0];
    expect(loaded.requestId).toBe(7);
    expect(loaded.issues.filter((i) => i.severity === "error")).toEqual([]);
    const all = () =>
      env.wire.flatMap(unbundleAll) as {
        type: string;
        progress?: { batchId: number };
        input?: { status: string }[];
      }[];
    expect(all().filter((m) => m.type === "structuredQueryStarted")).toHaveLength(1);
    for (let i = 0; i < 5; i++) await host.handle({ type: "step" });
    const triggers = all().filter((m) => m.type === "structuredTrigger");
    expect(triggers.map((t) => t.progress?.batchId)).toEqual([0, 1, 2, 3, 4]);
    expect(triggers[4].input?.map((r) => r.status)).toContain("dropped");
    expect(env.ofType("state").at(-1)?.state).toBe("paused");
    await host.handle({ type: "stop" });
    expect(all().some((m) => m.type === "structuredQueryTerminated")).toBe(true);
    expect(env.ofType("state").at(-1)?.state).toBe("stopped");
  });

  it("refuses a query Spark refuses, with Spark's message at the load", async () => {
    const env = new FakeEnv();
    host = new EngineHost(env);
    const bad = structuredClone(guide);
    bad.nodes = bad.nodes.filter((n: { kind: string }) => n.kind !== "structured.withWatermark");
    bad.edges = [
      { id: "a", source: "words", target: "windowedCounts" },
      { id: "b", source: "windowedCounts", target: "query" },
    ];
    bad.nodes.find((n: { kind: string }) => n.kind === "structured.writeStream").params.outputMode = "append";
    await host.handle({ type: "load", pipeline: bad, requestId: 1 });
    const errors = env.ofType("loaded")[0].issues.filter((i) => i.severity === "error");
    expect(errors[0]?.message).toMatch(/Append output mode not supported/);
  });
});
