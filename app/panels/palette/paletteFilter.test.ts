import { describe, expect, it } from "vitest";
import { fixtureSpecs } from "../../testing/fixtureCatalog";
import { matchesQuery } from "./paletteFilter";

describe("matchesQuery", () => {
  it("matches every word, in any order, case-insensitively", () => {
    expect(matchesQuery(fixtureSpecs.reduceByKey, "REDUCE transformation")).toBe(true);
    expect(matchesQuery(fixtureSpecs.reduceByKey, "reduce window")).toBe(false);
  });
  it("matches everything on an empty query", () => {
    expect(matchesQuery(fixtureSpecs.print, "  ")).toBe(true);
  });
});
