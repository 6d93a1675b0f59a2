// Output panels (issue 6): foreachRDD rows in the Outputs table, saveAsTextFiles parts downloadable,
// and a node's records opened by clicking the RDD token on its edge. The expected records are the
// engine's own, computed in Node from the same document and seed.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";
import { expectedNodeBatches } from "./simulationExpectation";

const STEPS = 3;

/** The socket word count with a foreachRDD table and saveAsTextFiles fed by its counts. */
function wordCountWithSinks(): PipelineDocument {
  const doc = JSON.parse(
    readFileSync(new URL("../public/examples/socket-word-count.json", import.meta.url), "utf8"),
  ) as PipelineDocument;
  doc.nodes.push(
    { id: "table", kind: "foreachRDD", label: "table", position: { x: 900, y: 200 }, params: { limit: 100 } },
    {
      id: "files",
      kind: "saveAsTextFiles",
      label: "files",
      position: { x: 900, y: 350 },
      params: { prefix: "output/counts", suffix: "txt" },
    },
  );
  doc.edges.push(
    { id: "e-wordCounts-table", source: "wordCounts", target: "table" },
    { id: "e-wordCounts-files", source: "wordCounts", target: "files" },
  );
  return doc;
}

const panel = (page: Page) => page.getByRole("region", { name: "Live simulation" });
const pairText = ([k, v]: [unknown, unknown]) => `(${String(k)},${String(v)})`;

async function openAndStep(page: Page) {
  await page.goto(`/#p=${encodePipeline(wordCountWithSinks())}`);
  await allowSharedPipeline(page);
  await expect(page.getByTestId("node-table")).toBeVisible();
  const step = page.getByRole("button", { name: "Step", exact: true });
  for (let i = 1; i <= STEPS; i++) {
    await step.click();
    await expect.poll(async () => Number(await panel(page).getAttribute("data-completed-batches"))).toBe(i);
  }
}

test.describe("outputs", () => {
  test("foreachRDD rows and saveAsTextFiles files show the engine's counts; a file downloads", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await openAndStep(page);
    const expected = await expectedNodeBatches("socket-word-count.json", "wordCounts", STEPS);
    expect(expected).toHaveLength(STEPS);

    await panel(page)
      .getByRole("tab", { name: /^Outputs/ })
      .click();
    const rows = page.getByTestId("foreach-table").locator("tbody tr");
    await expect(rows).toHaveCount(STEPS);
    // Newest first: the first row is the last batch, and lists the engine's pairs for it.
    const latest = expected.at(-1)!;
    const firstRow = rows.first();
    await expect(firstRow.locator("td").first()).toHaveText("table");
    const shown = (await firstRow.locator("td").nth(2).textContent()) ?? "";
    for (const pair of latest.records.slice(0, 5)) expect(shown).toContain(pairText(pair));

    const files = page.getByTestId("output-files").locator("li");
    await expect(files).toHaveCount(STEPS);
    await expect(files.first()).toContainText(`output/counts-${latest.batchTimeMs}.txt`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      files.first().getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`counts-${latest.batchTimeMs}.txt`);
    const text = readFileSync(await download.path(), "utf8");
    const lines = text.trimEnd().split("\n").sort();
    expect(lines).toEqual(latest.records.map(pairText).sort());
    expect(errors).toEqual([]);
  });

  test("clicking an RDD token opens the records of the node that produced it", async ({ page }) => {
    const errors = collectErrors(page);
    await openAndStep(page);
    // Stepped, the tokens stand still on their edges: click the one leaving wordCounts for the table.
    const token = page.locator('[data-testid=batch-token][data-edge-id="e-wordCounts-table"]');
    await expect(token).toBeVisible();
    await token.click();
    const drawer = page.getByTestId("records-drawer");
    await expect(drawer).toHaveAttribute("data-node-id", "wordCounts");
    const expected = await expectedNodeBatches("socket-word-count.json", "wordCounts", STEPS);
    const latest = expected.at(-1)!;
    const card = drawer.locator(`[data-testid=records-batch][data-batch-time="${latest.batchTimeMs}"]`);
    await expect(card.getByTestId("records-count")).toHaveText(
      `${latest.records.length} record${latest.records.length === 1 ? "" : "s"}`,
    );
    expect(errors).toEqual([]);
  });
});
