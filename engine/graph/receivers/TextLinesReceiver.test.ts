import { describe, expect, it } from "vitest";
import { TextLinesReceiver } from "./TextLinesReceiver";

describe("TextLinesReceiver", () => {
  it("sends lines at the rate, cycling through them", () => {
    const r = new TextLinesReceiver(["a", "b", "c"], 2);
    r.startReceiver();
    r.generate(0, 1000);
    expect(r.takeBlock()).toEqual(["a", "b"]);
    r.generate(1000, 2000);
    expect(r.takeBlock()).toEqual(["c", "a"]);
  });

  it("carries fractions so slow rates still send", () => {
    const r = new TextLinesReceiver(["x"], 0.5);
    const blocks: number[] = [];
    for (let t = 0; t < 4000; t += 1000) {
      r.generate(t, t + 1000);
      blocks.push(r.takeBlock().length);
    }
    expect(blocks).toEqual([0, 1, 0, 1]);
  });

  it("obeys a backpressure limit below its rate", () => {
    const r = new TextLinesReceiver(["x"], 100);
    r.setRateLimit(10);
    r.generate(0, 1000);
    expect(r.takeBlock()).toHaveLength(10);
  });
});
