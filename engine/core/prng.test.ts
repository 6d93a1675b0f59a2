import { describe, expect, it } from "vitest";
import { Prng } from "./prng";

describe("Prng", () => {
  it("same seed, same sequence; other seed, other sequence", () => {
    const take = (seed: number) => {
      const p = new Prng(seed);
      return Array.from({ length: 5 }, () => p.next());
    };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
