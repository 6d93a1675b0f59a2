// Spark prints grouped values with the toString of the Scala buffer they are in:
//   DStream groupByKey / groupByKeyAndWindow: ArrayBuffer (PairDStreamFunctions' combiners)
//   DStream cogroup and RDD groupByKey / cogroup: CompactBuffer (PairRDDFunctions, CoGroupedRDD)
import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { StreamingContext } from "../scheduler/StreamingContext";
import { InMemoryFileSystem } from "./fileSystem";

type P = [string, number];

/** The records print() wrote for each batch, without the header and the blank line. */
async function printed(batches: number, build: (ssc: StreamingContext) => DStream<unknown>) {
  const lines: string[] = [];
  const ssc = new StreamingContext({ batchIntervalMs: 1000, out: (l) => lines.push(l) });
  build(ssc).print();
  ssc.start();
  await ssc.advance(batches);
  ssc.stop();
  const perBatch: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("Time: ")) perBatch.push([]);
    else if (!lines[i].startsWith("---") && lines[i] !== "") perBatch[perBatch.length - 1].push(lines[i]);
  }
  return perBatch;
}

describe("print of grouped values (Spark's text)", () => {
  it("groupByKey: (a,ArrayBuffer(1, 2))", async () => {
    const input: P[][] = [
      [
        ["a", 1],
        ["b", 3],
        ["a", 2],
      ],
    ];
    const out = await printed(1, (ssc) => ssc.queueStream(input).groupByKey(1));
    expect(out).toEqual([["(a,ArrayBuffer(1, 2))", "(b,ArrayBuffer(3))"]]);
  });

  it("groupByKey keeps ArrayBuffer when the reduce side merges combiners of several partitions", async () => {
    const input: P[][] = [
      [
        ["a", 1],
        ["a", 2],
        ["a", 3],
      ],
    ];
    const out = await printed(1, (ssc) => {
      const pairs = ssc.queueStream(input);
      expect(ssc.sparkContext.defaultParallelism).toBeGreaterThan(1); // the batch spans 2+ partitions
      return pairs.groupByKey(1);
    });
    expect(out).toEqual([["(a,ArrayBuffer(1, 2, 3))"]]);
  });

  it("groupByKeyAndWindow: (a,ArrayBuffer(1, 2)) over the window", async () => {
    const input: P[][] = [[["a", 1]], [["a", 2]], []];
    const out = await printed(3, (ssc) => ssc.queueStream(input).groupByKeyAndWindow(2000, 1000, 1));
    expect(out).toEqual([["(a,ArrayBuffer(1))"], ["(a,ArrayBuffer(1, 2))"], ["(a,ArrayBuffer(2))"]]);
  });

  it("cogroup: (k,(CompactBuffer(1),CompactBuffer()))", async () => {
    const left: P[][] = [[["k", 1]]];
    const right: [string, string][][] = [[["z", "x"]]];
    const out = await printed(1, (ssc) => ssc.queueStream(left).cogroup(ssc.queueStream(right), 1));
    expect(out).toEqual([
      ["(k,(CompactBuffer(1),CompactBuffer()))", "(z,(CompactBuffer(),CompactBuffer(x)))"],
    ]);
  });

  it("RDD groupByKey inside transform: (a,CompactBuffer(1, 2))", async () => {
    const input: P[][] = [
      [
        ["a", 1],
        ["a", 2],
      ],
    ];
    const out = await printed(1, (ssc) => ssc.queueStream(input).transform((rdd) => rdd.groupByKey(1)));
    expect(out).toEqual([["(a,CompactBuffer(1, 2))"]]);
  });

  it("join is unaffected: (a,(1,x))", async () => {
    const left: P[][] = [
      [
        ["a", 1],
        ["b", 2],
        ["a", 3],
      ],
    ];
    const right: [string, string][][] = [[["a", "x"]]];
    const joined = await printed(1, (ssc) => ssc.queueStream(left).join(ssc.queueStream(right), 1));
    expect(joined).toEqual([["(a,(1,x))", "(a,(3,x))"]]);
  });

  it("user functions see arrays: mapValues(vs => vs.length) and reduce", async () => {
    const input: P[][] = [
      [
        ["a", 1],
        ["a", 2],
      ],
    ];
    const out = await printed(1, (ssc) =>
      ssc
        .queueStream(input)
        .groupByKey(1)
        .mapValues((vs) => [vs.length, vs.reduce((x, y) => x + y, 0)]),
    );
    expect(out).toEqual([["(a,(2,3))"]]);
  });

  it("saveAsTextFiles writes the same text", async () => {
    const fs = new InMemoryFileSystem();
    const ssc = new StreamingContext({ batchIntervalMs: 1000, fileSystem: fs });
    const input: P[][] = [
      [
        ["a", 1],
        ["a", 2],
      ],
    ];
    ssc.queueStream(input).groupByKey(1).saveAsTextFiles("out/groups");
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(fs.readFile("out/groups-1000/part-00000")).toBe("(a,ArrayBuffer(1, 2))\n");
  });
});
