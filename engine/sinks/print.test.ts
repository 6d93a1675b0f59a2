import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";

describe("print (Spark's format)", () => {
  it("prints the header, the first num elements, ... when there are more, and a blank line", async () => {
    const lines: string[] = [];
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: (l) => lines.push(l) });
    ssc.queueStream([[1, 2, 3], []]).print(2);
    ssc.start();
    await ssc.advance(2);
    ssc.stop();
    expect(lines.join("\n")).toBe(
      [
        "-------------------------------------------",
        "Time: 1000 ms",
        "-------------------------------------------",
        "1",
        "2",
        "...",
        "",
        "-------------------------------------------",
        "Time: 2000 ms",
        "-------------------------------------------",
        "",
      ].join("\n"),
    );
  });

  it("prints pairs as Scala tuples and None for undefined, 10 by default", async () => {
    const lines: string[] = [];
    const ssc = new StreamingContext({ batchIntervalMs: 1000, out: (l) => lines.push(l) });
    const records: [string, [number, number | undefined]][] = [
      ["a", [1, undefined]],
      ["b", [2, 3]],
    ];
    ssc.queueStream([records]).print();
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(lines.slice(3, 5)).toEqual(["(a,(1,None))", "(b,(2,3))"]);
    expect(lines).toHaveLength(6);
  });
});
