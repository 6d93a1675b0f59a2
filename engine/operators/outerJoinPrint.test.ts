// Spark's outer joins give Scala Options on the side that may be missing (PairRDDFunctions):
//   leftOuterJoin  (K, (V, Option[W]))          -> (a,(1,Some(x)))   (b,(2,None))
//   rightOuterJoin (K, (Option[V], W))          -> (a,(Some(1),x))   (z,(None,y))
//   fullOuterJoin  (K, (Option[V], Option[W]))  -> (a,(Some(1),Some(x)))  (b,(Some(2),None))  (z,(None,Some(y)))
// User functions still see the bare value or undefined for None.
import { describe, expect, it } from "vitest";
import type { DStream } from "../core/DStream";
import { StreamingContext } from "../scheduler/StreamingContext";
import { InMemoryFileSystem } from "../sinks/fileSystem";

type P = [string, number];
type S = [string, string];

// queueStream takes its batches off the queue: every test builds fresh queues.
const left = (): P[][] => [
  [
    ["a", 1],
    ["b", 2],
    ["a", 3],
  ],
];
const right = (): S[][] => [
  [
    ["a", "x"],
    ["z", "y"],
  ],
];

/** The records print() wrote in the one batch, in order, without the header and the blank line. */
async function printed(build: (l: DStream<P>, r: DStream<S>) => DStream<unknown>) {
  const lines: string[] = [];
  const ssc = new StreamingContext({ batchIntervalMs: 1000, out: (l) => lines.push(l) });
  build(ssc.queueStream(left()), ssc.queueStream(right())).print();
  ssc.start();
  await ssc.advance(1);
  ssc.stop();
  return lines.filter((l) => l !== "" && !l.startsWith("---") && !l.startsWith("Time: "));
}

describe("outer joins print Scala Options as Spark does", () => {
  it("leftOuterJoin: (a,(1,Some(x))), (b,(2,None))", async () => {
    expect(await printed((l, r) => l.leftOuterJoin(r, 1))).toEqual([
      "(a,(1,Some(x)))",
      "(a,(3,Some(x)))",
      "(b,(2,None))",
    ]);
  });

  it("rightOuterJoin: (a,(Some(1),x)), (z,(None,y))", async () => {
    expect(await printed((l, r) => l.rightOuterJoin(r, 1))).toEqual([
      "(a,(Some(1),x))",
      "(a,(Some(3),x))",
      "(z,(None,y))",
    ]);
  });

  it("fullOuterJoin: both sides Options", async () => {
    expect(await printed((l, r) => l.fullOuterJoin(r, 1))).toEqual([
      "(a,(Some(1),Some(x)))",
      "(a,(Some(3),Some(x)))",
      "(b,(Some(2),None))",
      "(z,(None,Some(y)))",
    ]);
  });

  it("join (inner) prints both values bare", async () => {
    expect(await printed((l, r) => l.join(r, 1))).toEqual(["(a,(1,x))", "(a,(3,x))"]);
  });

  it("RDD outer joins inside transform print the same", async () => {
    const out = await printed((l, r) => l.transformWith(r, (a, b) => a.leftOuterJoin(b, 1)));
    expect(out).toEqual(["(a,(1,Some(x)))", "(a,(3,Some(x)))", "(b,(2,None))"]);
  });

  it("user functions see the bare value or undefined, and what they build prints as a plain tuple", async () => {
    const out = await printed((l, r) =>
      l.fullOuterJoin(r, 1).map(([k, [v, w]]) => [k, [v ?? 0, w ?? "-", typeof v, typeof w]]),
    );
    expect(out).toEqual([
      "(a,(1,x,number,string))",
      "(a,(3,x,number,string))",
      "(b,(2,-,number,undefined))",
      "(z,(0,y,undefined,string))",
    ]);
  });

  it("the joined value passed on unchanged keeps its Options (filter, mapValues identity)", async () => {
    const out = await printed((l, r) =>
      l
        .leftOuterJoin(r, 1)
        .filter(([k]) => k !== "a")
        .mapValues((vw) => vw),
    );
    expect(out).toEqual(["(b,(2,None))"]);
  });

  it("a present value that is null prints as Some(null)", async () => {
    const out = await printed((l, r) =>
      l.leftOuterJoin(
        r.mapValues(() => null),
        1,
      ),
    );
    expect(out).toEqual(["(a,(1,Some(null)))", "(a,(3,Some(null)))", "(b,(2,None))"]);
  });

  it("saveAsTextFiles writes the same text", async () => {
    const fs = new InMemoryFileSystem();
    const ssc = new StreamingContext({ batchIntervalMs: 1000, fileSystem: fs });
    ssc.queueStream(left()).rightOuterJoin(ssc.queueStream(right()), 1).saveAsTextFiles("out/joined");
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(fs.readFile("out/joined-1000/part-00000")).toBe(
      "(a,(Some(1),x))\n(a,(Some(3),x))\n(z,(None,y))\n",
    );
  });
});
