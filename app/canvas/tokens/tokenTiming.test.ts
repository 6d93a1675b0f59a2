import { describe, expect, it } from "vitest";
import {
  DEPTH_STAGGER,
  ease,
  legDuration,
  MAX_LEG_MS,
  MIN_LEG_MS,
  nodeDepths,
  tokenProgress,
} from "./tokenTiming";

const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

describe("nodeDepths", () => {
  it("gives each node its longest distance from a source", () => {
    // a -> b -> d, c -> d, d -> e
    const d = nodeDepths(
      ["a", "b", "c", "d", "e"],
      [edge("a", "b"), edge("b", "d"), edge("c", "d"), edge("d", "e")],
    );
    expect(Object.fromEntries(d)).toEqual({ a: 0, b: 1, c: 0, d: 2, e: 3 });
  });
  it("ignores edges to unknown nodes and survives a cycle", () => {
    const d = nodeDepths(["a", "b"], [edge("a", "b"), edge("b", "a"), edge("a", "zz")]);
    expect(d.get("a")).toBe(0);
    expect(d.get("b")).toBe(0);
  });
});

describe("legDuration", () => {
  it("fits a wave into one batch interval of wall time, scaled by speed, within readable bounds", () => {
    const wave = (leg: number, levels: number) => leg * (1 + DEPTH_STAGGER * (levels - 1));
    expect(wave(legDuration(2000, 1, 4), 4)).toBeCloseTo(1600);
    expect(wave(legDuration(2000, 2, 4), 4)).toBeCloseTo(800);
    expect(legDuration(1000, 1, 1)).toBe(800);
    expect(legDuration(100, 1, 4)).toBe(MIN_LEG_MS);
    expect(legDuration(2000, 0.1, 2)).toBe(MAX_LEG_MS);
    expect(legDuration(2000, "max", 2)).toBe(MIN_LEG_MS);
  });
});

describe("tokenProgress", () => {
  it("waits for its depth, then crosses the edge in one leg and stays at the end", () => {
    const run = { startMs: 100, delayMs: 300, legMs: 200 };
    expect(tokenProgress(run, 350)).toBeNull();
    expect(tokenProgress(run, 400)).toBe(0);
    expect(tokenProgress(run, 500)).toBe(0.5);
    expect(tokenProgress(run, 900)).toBe(1);
  });
  it("eases between 0 and 1", () => {
    expect(ease(0)).toBe(0);
    expect(ease(0.5)).toBe(0.5);
    expect(ease(1)).toBe(1);
    expect(ease(0.25)).toBeLessThan(0.25);
  });
});
