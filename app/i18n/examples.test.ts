// Every example in the gallery has a Korean title and description.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { koExamples } from "./ko/examples";

const indexOf = (path: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../public/examples", path), "utf8")) as {
    file: string;
    comparison?: boolean;
  }[];

it("every example of public/examples/index.json and structured/index.json has a Korean title and description", () => {
  const index = [...indexOf("index.json"), ...indexOf("structured/index.json")];
  expect(index.length).toBeGreaterThan(7);
  const missing = index.filter((ex) => !koExamples[ex.file]?.title || !koExamples[ex.file]?.description);
  expect(missing.map((ex) => ex.file)).toEqual([]);
});

it("every side-by-side comparison of the gallery has its title, explanation and sides in Korean", () => {
  const comparisons = indexOf("structured/index.json").filter((ex) => ex.comparison);
  expect(comparisons.length).toBeGreaterThan(0);
  const missing = comparisons.filter((ex) => {
    const c = koExamples[ex.file]?.comparison;
    return !c?.title || !c.explanation || !c.left || !c.right;
  });
  expect(missing.map((ex) => ex.file)).toEqual([]);
});
