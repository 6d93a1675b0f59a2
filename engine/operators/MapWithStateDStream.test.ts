import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { byKey, runBatches } from "../testing/runBatches";
import type { State } from "./State";
import { StateSpec } from "./StateSpec";

type P = [string, number];
const words = [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b"], ["a"], []];
const toPairs = (s: DStream<string>) => s.map((w): P => [w, 1]);
const count = (key: string, value: number | undefined, state: State<number>) => {
  const sum = (state.getOption() ?? 0) + (value ?? 0);
  state.update(sum);
  return [key, sum] as P;
};

describe("mapWithState", () => {
  it("calls the function once per record and emits what it returns (Spark's MapWithStateSuite)", async () => {
    const run = await runBatches(words, (s) => toPairs(s).mapWithState(StateSpec.function(count)));
    expect(run.records.map(byKey)).toEqual([
      [],
      [["a", 1]],
      [
        ["a", 2],
        ["b", 1],
      ],
      [
        ["a", 3],
        ["b", 2],
        ["c", 1],
      ],
      [
        ["a", 4],
        ["b", 3],
      ],
      [["a", 5]],
      [],
    ]);
  });

  it("stateSnapshots gives every key's state after each batch", async () => {
    const run = await runBatches(words, (s) =>
      toPairs(s).mapWithState(StateSpec.function(count)).stateSnapshots(),
    );
    expect(run.records.map(byKey)).toEqual([
      [],
      [["a", 1]],
      [
        ["a", 2],
        ["b", 1],
      ],
      [
        ["a", 3],
        ["b", 2],
        ["c", 1],
      ],
      [
        ["a", 4],
        ["b", 3],
        ["c", 1],
      ],
      [
        ["a", 5],
        ["b", 3],
        ["c", 1],
      ],
      [
        ["a", 5],
        ["b", 3],
        ["c", 1],
      ],
    ]);
  });

  it("does not emit undefined results, and remove() drops the key", async () => {
    const spec = StateSpec.function((key: string, value: number | undefined, state: State<number>) => {
      if (state.exists()) {
        state.remove();
        return undefined;
      }
      state.update(value!);
      return key;
    });
    const input = [["a"], ["a"], ["a"]];
    const mapped = await runBatches(input, (s) => toPairs(s).mapWithState(spec));
    expect(mapped.records.map(byKey)).toEqual([["a"], [], ["a"]]);
    const snapshots = await runBatches(input, (s) => toPairs(s).mapWithState(spec).stateSnapshots());
    expect(snapshots.records.map(byKey)).toEqual([[["a", 1]], [], [["a", 1]]]);
  });

  it("starts from initialState, stamped with the first batch's time", async () => {
    const spec = StateSpec.function(count).initialState([
      ["z", 10],
      ["a", 100],
    ]);
    const run = await runBatches([["a"]], (s) => toPairs(s).mapWithState(spec).stateSnapshots());
    expect(run.records.map(byKey)).toEqual([
      [
        ["a", 101],
        ["z", 10],
      ],
    ]);
  });

  it("times out idle keys on checkpoint batches: the function sees value undefined and isTimingOut()", async () => {
    const calls: [string, number | undefined, boolean][] = [];
    const spec = StateSpec.function((key: string, value: number | undefined, state: State<number>) => {
      calls.push([key, value, state.isTimingOut()]);
      if (state.isTimingOut()) {
        expect(() => state.update(0)).toThrow("Cannot update the state that is timing out");
        return `${key} timed out with ${state.get()}`;
      }
      state.update((state.getOption() ?? 0) + value!);
      return undefined;
    }).timeout(3000);
    // Checkpoint every batch, so every batch scans for timeouts. "a" last had data at 1 s and 3 s:
    // it is idle when its last update is older than t - 3 s, i.e. first at 7 s.
    const input = [["a"], [], ["a"], [], [], [], [], []];
    const run = await runBatches(input, (s) => toPairs(s).mapWithState(spec).checkpoint(1000));
    expect(run.outputs.filter((o) => o.records.length > 0).map((o) => [o.timeMs, o.records])).toEqual([
      [7000, ["a timed out with 2"]],
    ]);
    expect(calls.at(-1)).toEqual(["a", undefined, true]);
  });

  it("by default scans for timeouts every 10 slides, as Spark's checkpoint interval", async () => {
    const spec = StateSpec.function((key: string, _v: number | undefined, state: State<number>) => {
      if (state.isTimingOut()) return key;
      state.update(1);
      return undefined;
    }).timeout(2000);
    const input = [["a"], ...Array.from({ length: 11 }, () => [])];
    const run = await runBatches(input, (s) => toPairs(s).mapWithState(spec));
    expect(run.outputs.filter((o) => o.records.length > 0).map((o) => [o.timeMs, o.records])).toEqual([
      [10000, ["a"]],
    ]);
  });

  it("honours numPartitions and requires checkpointing", async () => {
    const parts: number[] = [];
    await runBatches([["a", "b"]], (s) => {
      const m = toPairs(s).mapWithState(StateSpec.function(count).numPartitions(3)).stateSnapshots();
      m.foreachRDD((rdd) => parts.push(rdd.getNumPartitions()));
      return m;
    });
    expect(parts).toEqual([3]);
    await expect(
      runBatches([["a"]], (s) => toPairs(s).mapWithState(StateSpec.function(count)), { checkpoint: false }),
    ).rejects.toThrow("The checkpoint directory has not been set");
  });
});
