import { describe, expect, it } from "vitest";
import { createFrameBatcher } from "./frameBatcher";

describe("createFrameBatcher", () => {
  it("delivers everything pushed within a frame in one call", () => {
    const frames: (() => void)[] = [];
    const delivered: number[][] = [];
    const b = createFrameBatcher<number>(
      (items) => delivered.push(items),
      (f) => frames.push(f),
    );
    for (let i = 0; i < 1000; i++) b.push(i);
    expect(frames).toHaveLength(1);
    expect(delivered).toEqual([]);
    frames[0]();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toHaveLength(1000);
    b.push(7);
    expect(frames).toHaveLength(2);
    b.flushNow();
    expect(delivered[1]).toEqual([7]);
    frames[1]();
    expect(delivered).toHaveLength(2);
  });
});
