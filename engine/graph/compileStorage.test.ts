// cache, persist and checkpoint: each one catalog entry (its `api` shape) compiled to the engine's call.
import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { compilePipeline, PipelineInvalidError } from "./compile";
import { chain, doc, node } from "./testPipelines";
import { NO_CHECKPOINT_MESSAGE, validatePipeline } from "./validate";

const lines = [["a b a"], ["b"], [], ["c a"]];

/** queue -> words -> <storage node> -> print, the node's stream and what print showed. */
async function run(kind: string, params: Record<string, unknown> = {}, batchIntervalMs = 1000) {
  const nodes = [
    node("in", "queueStream", { batches: lines }),
    node("words", "flatMap", { fn: '(l) => l.split(" ")' }),
    node("stored", kind, params),
    node("out", "print"),
  ];
  const printed: string[] = [];
  const compiled = compilePipeline(
    doc(nodes, chain(nodes), { batchIntervalMs, settings: { checkpointDir: "/cp" } }),
    { sink: { print: (_id, _t, out) => printed.push(...out) } },
  );
  compiled.ssc.start();
  await compiled.ssc.advance(4);
  compiled.ssc.stop();
  return { stream: compiled.streams.get("stored")!, words: compiled.streams.get("words")!, printed };
}

describe("storage nodes", () => {
  it("cache and persist mark their input stream itself and pass its records through", async () => {
    const plain = await run("filter", { fn: "() => true" });
    const cached = await run("cache");
    expect(cached.stream).toBe(cached.words);
    expect(cached.stream.storageLevel).toBe("MEMORY_ONLY");
    // Spark's DStream.cache() is persist(), which is persist(StorageLevel.MEMORY_ONLY_SER).
    expect(cached.stream.sparkStorageLevel).toBe("MEMORY_ONLY_SER");
    expect(cached.printed).toEqual(plain.printed);
    expect(cached.printed).toContain("a");

    const persisted = await run("persist", { storageLevel: "MEMORY_AND_DISK_2" });
    expect(persisted.stream.sparkStorageLevel).toBe("MEMORY_AND_DISK_2");
    expect((await run("persist")).stream.sparkStorageLevel).toBe("MEMORY_ONLY_SER");
    expect(persisted.printed).toEqual(plain.printed);
  });

  it("checkpoint sets the interval and persists, as DStream.checkpoint does", async () => {
    const { stream, printed } = await run("checkpoint", { intervalMs: 2000 });
    expect(stream.checkpointDuration).toBe(2000);
    expect(stream.storageLevel).toBe("MEMORY_ONLY");
    expect(printed.length).toBeGreaterThan(0);
  });
});

describe("checkpoint validation", () => {
  /** words -> window(2 s, 2 s) -> checkpoint(interval) -> print, on a 1 s batch. */
  const windowed = (intervalMs: number, checkpointDir?: string) => {
    const nodes = [
      node("in", "queueStream", { batches: lines }),
      node("win", "window", { windowMs: 2000, slideMs: 2000 }),
      node("cp", "checkpoint", { intervalMs }),
      node("out", "print"),
    ];
    nodes[1].label = "windowed";
    return doc(nodes, chain(nodes), { settings: { checkpointDir } });
  };
  const errorsAt = (issues: ReturnType<typeof validatePipeline>, nodeId: string) =>
    issues.filter((i) => i.severity === "error" && i.nodeId === nodeId);

  it("rejects an interval that is not a multiple of the input's slide, with Spark's message", () => {
    expect(errorsAt(validatePipeline(windowed(3000, "/cp")), "cp")).toEqual([
      {
        severity: "error",
        nodeId: "cp",
        param: "intervalMs",
        message:
          "The checkpoint interval for windowed has been set to  3000 ms which not a multiple of its slide time (2000 ms). Please set it to a multiple of 2000 ms.",
      },
    ]);
    expect(errorsAt(validatePipeline(windowed(1000, "/cp")), "cp").map((i) => i.message)).toEqual([
      "The checkpoint interval for windowed has been set to 1000 ms which is lower than its slide time (2000 ms). Please set it to at least 2000 ms.",
    ]);
    expect(errorsAt(validatePipeline(windowed(4000, "/cp")), "cp")).toEqual([]);
    expect(() => compilePipeline(windowed(3000, "/cp"))).toThrow(PipelineInvalidError);
  });

  it.each([
    [
      1000,
      "has been set to 1000 ms which is lower than its slide time (2000 ms). Please set it to at least 2000 ms.",
    ],
    [
      3000,
      "has been set to  3000 ms which not a multiple of its slide time (2000 ms). Please set it to a multiple of 2000 ms.",
    ],
  ])(
    "says what Spark's start-time check (the engine's) says for %i ms, but at the node",
    (interval, tail) => {
      const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", out: () => {} });
      ssc.checkpoint("/cp");
      ssc
        .queueStream([["a"]])
        .window(2000, 2000)
        .checkpoint(interval)
        .print();
      expect(() => ssc.start()).toThrow(tail);
      const atNode = errorsAt(validatePipeline(windowed(interval, "/cp")), "cp").map((i) => i.message);
      expect(atNode).toEqual([`The checkpoint interval for windowed ${tail}`]);
    },
  );

  it("needs the checkpoint directory", () => {
    expect(errorsAt(validatePipeline(windowed(4000)), "cp").map((i) => i.message)).toEqual([
      NO_CHECKPOINT_MESSAGE,
    ]);
  });
});
