// Every example in the gallery has a Korean title and description.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { koExamples } from "./ko/examples";

it("every example of public/examples/index.json has a Korean title and description", () => {
  const index = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../public/examples/index.json"), "utf8"),
  ) as { file: string }[];
  expect(index.length).toBeGreaterThan(0);
  const missing = index.filter((ex) => !koExamples[ex.file]?.title || !koExamples[ex.file]?.description);
  expect(missing.map((ex) => ex.file)).toEqual([]);
});
