// The engine worker in Chromium (no shared memory: the page is not cross-origin isolated, so the
// running node comes from the worker's heartbeats): a word count steps batch by batch, and an endless
// loop in a map function gets the worker replaced and the node named.
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import { chain, doc, node, wordCountDoc } from "../engine/graph/testPipelines";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";

async function openShared(page: Page, pipeline: PipelineDocument) {
  await page.goto(`/#p=${encodePipeline(pipeline)}`);
  await allowSharedPipeline(page);
  await expect(page.getByRole("button", { name: "Step", exact: true })).toBeEnabled();
}

const completedBatches = async (page: Page) =>
  Number(await page.getByRole("region", { name: "Live simulation" }).getAttribute("data-completed-batches"));

test.describe("engine worker in the browser", () => {
  test("steps a word count one batch at a time", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openShared(page, { ...wordCountDoc(["to be or not to be"], 2), name: "worker word count" });
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "Step", exact: true }).click();
      await expect.poll(() => completedBatches(page), { timeout: 15_000 }).toBe(i);
    }
    expect(errors).toEqual([]);
  });

  test("an endless loop in a map gets the worker replaced and the node named", async ({ page }) => {
    const nodes = [
      node("lines", "textLines", { lines: "a b", rate: 1 }),
      node("spin", "map", { fn: "(x) => { while (true) {} }" }),
      node("out", "print"),
    ];
    await openShared(page, { ...doc(nodes, chain(nodes)), name: "endless loop" });
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await expect(page.getByText(/while running node "spin"/).first()).toBeVisible({ timeout: 20_000 });
    // The page stayed responsive and the fresh worker answers: Step is usable again.
    await expect(page.getByRole("button", { name: "Step", exact: true })).toBeEnabled();
  });
});
