// Port of Spark's WindowOperationsSuite (streaming/src/test/scala/org/apache/spark/streaming/
// WindowOperationsSuite.scala): same tables; numBatches = expected outputs x (slide / batch interval);
// input by batch time (TestInputStream), 2 partitions, batch interval 1 s. Plus the window checks'
// messages from WindowedDStream.scala / ReducedWindowedDStream.scala.
import { describe, expect, it } from "vitest";
import type { DStream } from "../../core/DStream";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { range, SparkTestInputStream, testOperation } from "./testSuiteBase.testkit";

type KV = [string, number];
const sum = (a: number, b: number) => a + b;
const minus = (a: number, b: number) => a - b;

const largerSlideInput: KV[][] = [
  [["a", 1]],
  [["a", 2]],
  [["a", 3]],
  [["a", 4]],
  [["a", 5]],
  [["a", 6]],
  [],
  [],
];
const largerSlideReduceOutput: KV[][] = [[["a", 3]], [["a", 10]], [["a", 18]], [["a", 11]]];

const b = (...keys: string[]): KV[] => keys.map((k) => [k, 1]);
const bigInput: KV[][] = [
  b("a"),
  b("a", "b"),
  b("a", "b", "c"),
  b("a", "b"),
  b("a"),
  [],
  b("a"),
  b("a", "b"),
  b("a", "b", "c"),
  b("a", "b"),
  b("a"),
  [],
];
const kv = (s: string): KV[] => s.split(" ").map((p) => [p.split("=")[0], Number(p.split("=")[1])] as KV);
const bigReduceOutput = [
  "a=1",
  "a=2 b=1",
  "a=2 b=2 c=1",
  "a=2 b=2 c=1",
  "a=2 b=1",
  "a=1",
  "a=1",
  "a=2 b=1",
  "a=2 b=2 c=1",
  "a=2 b=2 c=1",
  "a=2 b=1",
  "a=1",
].map(kv);
// With an inverse function and no filter, keys stay in the window at 0.
const bigReduceInvOutput = [
  "a=1",
  "a=2 b=1",
  "a=2 b=2 c=1",
  "a=2 b=2 c=1",
  "a=2 b=1 c=0",
  "a=1 b=0 c=0",
  "a=1 b=0 c=0",
  "a=2 b=1 c=0",
  "a=2 b=2 c=1",
  "a=2 b=2 c=1",
  "a=2 b=1 c=0",
  "a=1 b=0 c=0",
].map(kv);

const six = [[0], [1], [2], [3], [4], [5]];
const batches = (outputs: number, slide: number) => outputs * (slide / 1000);

describe("WindowOperationsSuite (Spark)", () => {
  const windowCases: [string, number[][], number, number][] = [
    ["basic window", [[0], [0, 1], [1, 2], [2, 3], [3, 4], [4, 5]], 2000, 1000],
    [
      "tumbling window",
      [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      2000,
      2000,
    ],
    [
      "larger window",
      [
        [0, 1],
        [0, 1, 2, 3],
        [2, 3, 4, 5],
        [4, 5],
      ],
      4000,
      2000,
    ],
    [
      "non-overlapping window",
      [
        [1, 2],
        [4, 5],
      ],
      2000,
      3000,
    ],
  ];
  for (const [name, expected, windowMs, slideMs] of windowCases) {
    it(`window - ${name}`, () =>
      testOperation(
        six,
        (s) => s.window(windowMs, slideMs),
        expected,
        true,
        batches(expected.length, slideMs),
      ));
  }

  const reduceCases: [string, KV[][], KV[][], KV[][]?, number?, number?][] = [
    ["basic reduction", [kv("a=1 a=3")], [kv("a=4")]],
    ["key already in window and new value added into window", [b("a"), b("a")], [kv("a=1"), kv("a=2")]],
    ["new key added into window", [b("a"), b("a", "b")], [kv("a=1"), kv("a=2 b=1")]],
    [
      "key removed from window",
      [b("a"), b("a"), [], []],
      [kv("a=1"), kv("a=2"), kv("a=1"), []],
      [kv("a=1"), kv("a=2"), kv("a=1"), kv("a=0")],
    ],
    ["larger slide time", largerSlideInput, largerSlideReduceOutput, undefined, 4000, 2000],
    ["big test", bigInput, bigReduceOutput, bigReduceInvOutput],
  ];
  for (const [name, input, expected, expectedInv, windowMs = 2000, slideMs = 1000] of reduceCases) {
    const n = batches(expected.length, slideMs);
    it(`reduceByKeyAndWindow - ${name}`, () =>
      testOperation(input, (s) => s.reduceByKeyAndWindow(sum, windowMs, slideMs), expected, true, n));

    it(`reduceByKeyAndWindow with inverse function - ${name}`, () =>
      testOperation(
        input,
        (s) => s.reduceByKeyAndWindow(sum, minus, windowMs, slideMs).checkpoint(100_000),
        expectedInv ?? expected,
        true,
        n,
      ));
  }

  it("reduceByKeyAndWindow with inverse and filter functions - big test", () =>
    testOperation(
      bigInput,
      (s) =>
        s
          .reduceByKeyAndWindow(sum, minus, 2000, 1000, undefined, ([, v]) => v !== 0)
          .persist()
          .checkpoint(100_000),
      bigReduceOutput,
      true,
      12,
    ));

  it("groupByKeyAndWindow", () =>
    testOperation(
      bigInput,
      (s) => s.groupByKeyAndWindow(2000, 1000).map(([k, vs]) => [k, vs.length] as KV),
      bigReduceOutput,
      true,
      12,
    ));

  it("countByWindow (0 once the window is empty again)", () =>
    testOperation(
      [[1], [1], [1, 2], [0], [], []],
      (s) => s.countByWindow(2000, 1000),
      [[1], [2], [3], [3], [1], [0]],
      true,
    ));

  it("countByValueAndWindow", () =>
    testOperation(
      [["a"], ["b", "b"], ["a", "b"]],
      (s) => s.countByValueAndWindow(2000, 1000),
      [
        [["a", 1]],
        [
          ["a", 1],
          ["b", 2],
        ],
        [
          ["a", 1],
          ["b", 3],
        ],
      ],
      true,
    ));

  it("countByValueAndWindow drops values whose count falls to 0 (Spark's filterFunc _._2 != 0)", async () => {
    const run = await testOperation(
      [["a"], ["b"], [], []],
      (s) => s.countByValueAndWindow(2000, 1000),
      [
        [["a", 1]],
        [
          ["a", 1],
          ["b", 1],
        ],
        [["b", 1]],
        [],
      ],
      true,
    );
    expect(run.times).toEqual([1000, 2000, 3000, 4000]);
  });

  it("countByWindow emits nothing before its first record (no key yet), as Spark", async () => {
    const run = await testOperation([[], [1], [], [], []], (s) => s.countByWindow(2000, 1000), [
      [],
      [1],
      [1],
      [0],
      [0],
    ]);
    expect(run.times).toEqual([1000, 2000, 3000, 4000, 5000]);
  });

  it("reduceByWindow with and without inverse", async () => {
    const input = [range(1, 3), [4], [], [5]];
    await testOperation(input, (s) => s.reduceByWindow(sum, 2000, 1000), [[6], [10], [4], [5]]);
    await testOperation(input, (s) => s.reduceByWindow(sum, minus, 2000, 1000), [[6], [10], [4], [5]]);
  });

  it("reduceByWindow without inverse emits nothing for an empty window (reduce of nothing)", () =>
    testOperation([[1], [], [], []], (s) => s.reduceByWindow(sum, 2000, 1000), [[1], [1], [], []]));
});

describe("ReducedWindowedDStream edge cases (ReducedWindowedDStream.scala mergeValues)", () => {
  it("filterFunc dropping a non-zero key: the next window starts again from the new values only", () =>
    // t=1: a=1 is filtered out; t=2: no previous value, so Spark reduces the new values alone (5, not 6);
    // t=3: the old batch (1) is still inverse-reduced from that (5 - 1 = 4).
    testOperation(
      [[["a", 1]], [["a", 5]], []] as KV[][],
      (s) => s.reduceByKeyAndWindow(sum, minus, 2000, 1000, undefined, ([, v]) => v !== 1),
      [[], [["a", 5]], [["a", 4]]],
    ));

  it("filterFunc dropping a key that later only leaves the window: Spark's exception", async () => {
    await expect(
      testOperation(
        [[["a", 1]], [], []] as KV[][],
        (s) => s.reduceByKeyAndWindow(sum, minus, 2000, 1000, undefined, () => false),
        [[], [], []],
      ),
    ).rejects.toThrow(
      "Neither previous window has value for key, nor new values found. Are you sure your key class hashes consistently?",
    );
  });

  it("slide longer than the window with an inverse: Spark's first window also counts the skipped batch", () =>
    // window 2 s, slide 3 s: at 3 s there is no previous window, and newRDDs = slice(0 + 1 s, 3 s) covers
    // batches 1..3, so Spark emits 1 + 2 + 3 = 6 (not 2 + 3); at 6 s: 6 - (2+3+4) + (4+5+6) = 12.
    testOperation(
      [1, 2, 3, 4, 5, 6].map((v): KV[] => [["a", v]]),
      (s) => s.reduceByKeyAndWindow(sum, minus, 2000, 3000),
      [[["a", 6]], [["a", 12]]],
      false,
      6,
    ));
});

describe("window validation messages (WindowedDStream / ReducedWindowedDStream)", () => {
  const withStream = (f: (s: DStream<[string, number]>) => unknown) => () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    try {
      f(new SparkTestInputStream<[string, number]>(ssc, []));
    } finally {
      ssc.stop();
    }
  };

  it("window: window duration not a multiple of the parent's slide", () => {
    expect(withStream((s) => s.window(1500, 1000))).toThrow(
      "The window duration of windowed DStream (1500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
    );
  });

  it("window: slide duration not a multiple of the parent's slide", () => {
    expect(withStream((s) => s.window(2000, 1500))).toThrow(
      "The slide duration of windowed DStream (1500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
    );
  });

  it("window of a window: checked against the windowed parent's slide", () => {
    expect(withStream((s) => s.window(4000, 2000).window(6000, 3000))).toThrow(
      "The slide duration of windowed DStream (3000 ms) must be a multiple of the slide duration of parent DStream (2000 ms)",
    );
  });

  it("reduceByKeyAndWindow with inverse: ReducedWindowedDStream's requirement messages", () => {
    expect(withStream((s) => s.reduceByKeyAndWindow(sum, minus, 2500, 1000))).toThrow(
      "requirement failed: The window duration of ReducedWindowedDStream (2500 ms) must be multiple of the slide duration of parent DStream (1000 ms)",
    );
    expect(withStream((s) => s.reduceByKeyAndWindow(sum, minus, 2000, 500))).toThrow(
      "requirement failed: The slide duration of ReducedWindowedDStream (500 ms) must be multiple of the slide duration of parent DStream (1000 ms)",
    );
  });

  it("reduceByKeyAndWindow without inverse is a window: WindowedDStream's message", () => {
    expect(withStream((s) => s.reduceByKeyAndWindow(sum, 2500, 1000))).toThrow(
      "The window duration of windowed DStream (2500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
    );
  });

  it("countByWindow goes through reduceByKeyAndWindow with inverse (ReducedWindowedDStream)", () => {
    expect(withStream((s) => s.countByWindow(2500, 1000))).toThrow(
      "The window duration of ReducedWindowedDStream (2500 ms)",
    );
  });

  it("union of streams with different slide durations", () => {
    expect(withStream((s) => s.union(s.window(2000, 2000)))).toThrow(
      "requirement failed: Some of the DStreams have different slide durations",
    );
  });

  it("join of streams with different slide durations", () => {
    expect(withStream((s) => s.join(s.window(2000, 2000)))).toThrow(
      "requirement failed: Some of the DStreams have different slide durations",
    );
  });

  it("window operators need a checkpoint directory when they must checkpoint", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    new SparkTestInputStream<[string, number]>(ssc, [])
      .reduceByKeyAndWindow(sum, minus, 2000, 1000)
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
    expect(ssc.getState()).toBe("STOPPED");
  });
});
