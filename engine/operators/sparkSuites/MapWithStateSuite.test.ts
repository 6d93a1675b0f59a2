// Port of Spark's MapWithStateSuite (streaming/src/test/scala/org/apache/spark/streaming/
// MapWithStateSuite.scala): StateImpl's contract, the output / state-snapshot tables (compared per batch
// as sets, as Spark's suite does), timeouts found on checkpoint (full-scan) batches only, and the default
// checkpoint intervals of InternalMapWithStateDStream.
import { describe, expect, it } from "vitest";
import type { DStream } from "../../core/DStream";
import { StreamingContext } from "../../scheduler/StreamingContext";
import type { MapWithStateDStream } from "../MapWithStateDStream";
import { StateImpl } from "../State";
import { type MappingFunction, StateSpec } from "../StateSpec";
import { runStreams, SparkTestInputStream, verifyOutput } from "./testSuiteBase.testkit";

type KS = [string, number];

/** Spark's getOperationOutput: input.map(x => (x, 1)).mapWithState(spec), outputs and snapshots. */
async function getOperationOutput<U>(
  input: string[][],
  spec: StateSpec<string, number, number, U>,
  numBatches: number,
) {
  const snapshots: { batch: KS[]; time: number }[] = [];
  const run = await runStreams(
    [input],
    ([s]) => {
      const stream = (s as DStream<string>).map((x): KS => [x, 1]).mapWithState(spec) as MapWithStateDStream<
        string,
        number,
        number,
        U
      >;
      stream.stateSnapshots().foreachRDD((rdd, time) => void snapshots.push({ batch: rdd.collect(), time }));
      return stream;
    },
    numBatches,
  );
  return { outputs: run.output, times: run.times, snapshots: snapshots.map((x) => x.batch) };
}

async function testOperation<U>(
  input: string[][],
  spec: StateSpec<string, number, number, U>,
  expectedOutputs: U[][],
  expectedStates: KS[][],
) {
  const { outputs, snapshots } = await getOperationOutput(input, spec, expectedOutputs.length);
  verifyOutput(outputs, expectedOutputs, true);
  verifyOutput(snapshots, expectedStates, true);
}

const input = [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b"], ["a"], []];
const kv = (s: string): KS[] =>
  s === "" ? [] : s.split(" ").map((p) => [p.split("=")[0], Number(p.split("=")[1])] as KS);
const runningCounts = ["", "a=1", "a=2 b=1", "a=3 b=2 c=1", "a=4 b=3 c=1", "a=5 b=3 c=1", "a=5 b=3 c=1"].map(
  kv,
);
const runningSum: MappingFunction<string, number, number, number> = (_key, value, state) => {
  const sum = (value ?? 0) + (state.getOption() ?? 0);
  state.update(sum);
  return sum;
};

describe("MapWithStateSuite (Spark)", () => {
  it("state - get, exists, update, remove", () => {
    const check = (
      state: StateImpl<number>,
      expected: number | undefined,
      flags: { updated?: boolean; removed?: boolean; timingOut?: boolean } = {},
    ) => {
      if (expected !== undefined) {
        expect(state.exists()).toBe(true);
        expect(state.get()).toBe(expected);
        expect(state.getOption()).toBe(expected);
      } else {
        expect(state.exists()).toBe(false);
        expect(() => state.get()).toThrow("State is not set");
        expect(state.getOption()).toBeUndefined();
      }
      expect(state.isTimingOut()).toBe(flags.timingOut ?? false);
      if (flags.timingOut) {
        expect(() => state.remove()).toThrow(
          "requirement failed: Cannot remove the state that is timing out",
        );
        expect(() => state.update(-1)).toThrow(
          "requirement failed: Cannot update the state that is timing out",
        );
      }
      expect(state.isUpdated()).toBe(flags.updated ?? false);
      expect(state.isRemoved()).toBe(flags.removed ?? false);
      if (flags.removed) {
        expect(() => state.remove()).toThrow(
          "requirement failed: Cannot remove the state that has already been removed",
        );
        expect(() => state.update(-1)).toThrow(
          "requirement failed: Cannot update the state after it has been removed",
        );
      }
    };
    let state = new StateImpl<number>();
    check(state, undefined);
    state.wrap(false);
    check(state, undefined);
    state.wrap(true, 1);
    check(state, 1);
    state.update(2);
    check(state, 2, { updated: true });
    state = new StateImpl<number>();
    state.update(2);
    check(state, 2, { updated: true });
    state.remove();
    check(state, undefined, { removed: true });
    state.wrapTimingOutState(3);
    check(state, 3, { timingOut: true });
  });

  it("basic operations with simple API", () =>
    testOperation(
      input,
      StateSpec.function(runningSum),
      [[], [1], [2, 1], [3, 2, 1], [4, 3], [5], []],
      runningCounts,
    ));

  it("basic operations with advanced API (key doubled)", () =>
    testOperation(
      input,
      StateSpec.function<string, number, number, string>((key, value, state) => {
        state.update((value ?? 0) + (state.getOption() ?? 0));
        return key + key;
      }),
      [[], ["aa"], ["aa", "bb"], ["aa", "bb", "cc"], ["aa", "bb"], ["aa"], []],
      runningCounts,
    ));

  it("states as mapped data", () =>
    testOperation(
      input,
      StateSpec.function<string, number, number, KS>((key, value, state) => {
        const sum = (value ?? 0) + (state.getOption() ?? 0);
        state.update(sum);
        return [key, sum];
      }),
      ["", "a=1", "a=2 b=1", "a=3 b=2 c=1", "a=4 b=3", "a=5", ""].map(kv),
      runningCounts,
    ));

  it("initial states, with nothing returned as from mapping function", () =>
    testOperation(
      input,
      StateSpec.function<string, number, number, number>((_key, value, state) => {
        state.update((value ?? 0) + (state.getOption() ?? 0));
        return undefined;
      }).initialState(kv("a=5 b=10 c=-20 d=0")),
      input.map(() => []),
      [
        "a=5 b=10 c=-20 d=0",
        "a=6 b=10 c=-20 d=0",
        "a=7 b=11 c=-20 d=0",
        "a=8 b=12 c=-19 d=0",
        "a=9 b=13 c=-19 d=0",
        "a=10 b=13 c=-19 d=0",
        "a=10 b=13 c=-19 d=0",
      ].map(kv),
    ));

  it("state removing", () =>
    testOperation(
      [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c"], ["a", "b"], ["a"], []],
      StateSpec.function<string, number, number, string>((key, value, state) => {
        if (state.exists()) {
          state.remove();
          return key;
        }
        state.update(value!);
        return undefined;
      }).numPartitions(1),
      [[], [], ["a"], ["b"], ["a", "c"], ["b"], ["a"], []],
      ["", "a=1", "b=1", "a=1 c=1", "b=1", "a=1", "", ""].map(kv),
    ));

  it("several records of a key in one batch: one call each, the state carries over (remove, then set again)", async () => {
    const { outputs, snapshots } = await getOperationOutput(
      [["a", "a", "a"], ["a"]],
      StateSpec.function<string, number, number, string>((_key, value, state) => {
        if (!state.exists()) {
          state.update(value!);
          return "set";
        }
        const old = state.get();
        state.remove();
        return `removed ${old}`;
      }).numPartitions(1),
      2,
    );
    expect(outputs).toEqual([["set", "removed 1", "set"], ["removed 1"]]);
    expect(snapshots).toEqual([[["a", 1]], []]);
  });

  it("state timing out: found on the checkpoint (full-scan) batch only, every 10 slides by default", async () => {
    const timeoutInput = [["a", "b", "c"], ["a", "b"], ["a"], [], [], ["a"], ...Array(20).fill(["a"])];
    const spec = StateSpec.function<string, number, number, string>((key, value, state) => {
      if (value !== undefined) state.update(1);
      return state.isTimingOut() ? key : undefined;
    }).timeout(3000);
    const { outputs, times, snapshots } = await getOperationOutput(timeoutInput, spec, 20);
    // Spark's assertions.
    expect(outputs.flat().sort()).toEqual(["b", "c"]);
    expect(snapshots.some((s) => JSON.stringify([...s].sort()) === JSON.stringify(kv("a=1 b=1 c=1")))).toBe(
      true,
    );
    expect(snapshots.at(-1)).toEqual([["a", 1]]);
    // When: c idle since 1 s and b since 2 s are past the 3 s timeout from 5 s on, but Spark only scans for
    // timeouts when the state RDD is checkpointed (every 10 s here), so both time out at 10 s.
    const at = (key: string) => times[outputs.findIndex((o) => o.includes(key))];
    expect([at("b"), at("c")]).toEqual([10_000, 10_000]);
    expect(snapshots[8].map(([k]) => k).sort()).toEqual(["a", "b", "c"]);
  });

  it("state timing out on every batch once checkpoint(interval) = the batch interval", async () => {
    const spec = StateSpec.function<string, number, number, string>((key, value, state) => {
      if (value !== undefined) state.update(1);
      return state.isTimingOut() ? key : undefined;
    }).timeout(3000);
    const outputs: { t: number; keys: string[] }[] = [];
    await runStreams(
      [[["a", "b", "c"], ["a", "b"], ["a"], [], [], ["a"], ["a"]]],
      ([s]) => {
        const stream = (s as DStream<string>)
          .map((x): KS => [x, 1])
          .mapWithState(spec)
          .checkpoint(1000);
        stream.foreachRDD((rdd, t) => void outputs.push({ t, keys: rdd.collect() }));
        return stream;
      },
      7,
    );
    // Threshold at t is t - 3 s; a record times out when its last update is older than that.
    expect(outputs.filter((o) => o.keys.length > 0)).toEqual([
      { t: 5000, keys: ["c"] },
      { t: 6000, keys: ["b"] },
    ]);
  });

  it("initial states start their idle time at the first batch (createFromPairRDD(..., validTime))", async () => {
    const timedOut: { t: number; keys: string[] }[] = [];
    await runStreams(
      [[["a"], ["a"], ["a"], ["a"], ["a"]]],
      ([s]) => {
        const stream = (s as DStream<string>)
          .map((x): KS => [x, 1])
          .mapWithState(
            StateSpec.function<string, number, number, string>((key, _v, state) =>
              state.isTimingOut() ? key : undefined,
            )
              .timeout(2000)
              .initialState([["init", 0]]),
          )
          .checkpoint(1000);
        stream.foreachRDD((rdd, t) => void timedOut.push({ t, keys: rdd.collect() }));
        return stream;
      },
      5,
    );
    // "init" was put at 1 s; it is older than t - 2 s from t = 4 s on.
    expect(timedOut.filter((o) => o.keys.length > 0)).toEqual([{ t: 4000, keys: ["init"] }]);
  });

  it("checkpoint durations of the internal stream (10 slides by default; explicit wins)", () => {
    const cases: [number, number, number?][] = [
      [100, 1000],
      [1000, 10_000],
      [10_000, 100_000],
      [100, 2000, 2000],
      [1000, 2000, 2000],
      [10_000, 20_000, 20_000],
    ];
    for (const [batch, expected, explicit] of cases) {
      const ssc = new StreamingContext({ batchIntervalMs: batch, out: () => {} });
      try {
        const stream = new SparkTestInputStream<number>(ssc, [])
          .map((x): [number, number] => [x, 1])
          .mapWithState(StateSpec.function<number, number, number, number>(() => 0));
        if (explicit !== undefined) stream.checkpoint(explicit);
        stream.foreachRDD(() => {});
        ssc.checkpoint("/tmp/checkpoint");
        ssc.start();
        expect(stream.checkpointDuration).toBeUndefined();
        expect(stream.internalStream.checkpointDuration).toBe(expected);
      } finally {
        ssc.stop();
      }
    }
  });

  it("StateSpec.numPartitions(n) builds a HashPartitioner: a negative count is refused there", () => {
    expect(() => StateSpec.function(runningSum).numPartitions(-1)).toThrow(
      "requirement failed: Number of partitions (-1) cannot be negative.",
    );
  });

  it("mapWithState refuses to start without a checkpoint directory", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: () => {} });
    new SparkTestInputStream<[string, number]>(ssc, [])
      .mapWithState(StateSpec.function(runningSum))
      .foreachRDD(() => {});
    expect(() => ssc.start()).toThrow(
      "requirement failed: The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
    );
  });
});
