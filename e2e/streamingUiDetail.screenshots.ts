// Captures docs/screenshots/ of Spark's Streaming tab as the studio draws it: the timelines with their
// histograms (a failed batch marked), a batch page with its output operations and DAG, and the receivers
// table after a simulated failure, at 1440x900 and 1024x768. Not a test:
//   npx tsx e2e/streamingUiDetail.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/)
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { runScript, screenshotRun } from "./screenshotRun";

const example = (name: string) =>
  JSON.parse(readFileSync(`public/examples/${name}.json`, "utf8")) as PipelineDocument;

async function openDoc(page: Page, base: string, doc: PipelineDocument) {
  await page.goto(`${base}/#p=${encodePipeline(doc)}`);
  await page
    .getByRole("dialog", { name: "Run someone else's pipeline?" })
    .getByRole("button", { name: "Run its functions" })
    .click();
}

const tab = (page: Page, name: string) =>
  page
    .getByRole("region", { name: "Live simulation" })
    .getByRole("tab", { name: new RegExp(`^${name}`) })
    .click();

async function steps(page: Page, n: number) {
  for (let i = 1; i <= n; i++) {
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await page
      .locator(`[aria-label="Live simulation"][data-completed-batches="${i}"]`)
      .waitFor({ timeout: 15_000 });
  }
}

runScript(() =>
  screenshotRun(4187, async ({ page, url, width, height, shoot }) => {
    // Timelines and histograms, with a failed batch marked: a map that refuses one word.
    const failing = example("windowed-word-count");
    const pairs = failing.nodes.find((n) => n.kind === "map")!;
    pairs.params.fn =
      '(word) => { if (word === "query") throw new Error("no queries here"); return [word, 1]; }';
    await openDoc(page, url, failing);
    await steps(page, 14);
    await tab(page, "Charts");
    await page.waitForTimeout(1500);
    await shoot(`streaming-histograms-${width}`);

    // A batch page: the windowed word count's slide, its jobs' stages (earlier shuffles skipped).
    await tab(page, "Batches");
    // More room for the page: the run panel's resizer dragged up.
    const resizer = (await page.getByRole("separator", { name: "Resize run panel" }).boundingBox())!;
    await page.mouse.move(resizer.x + resizer.width / 2, resizer.y + 2);
    await page.mouse.down();
    await page.mouse.move(resizer.x + resizer.width / 2, resizer.y - height * 0.4, { steps: 5 });
    await page.mouse.up();
    await page.getByTestId("batch-table").locator("tbody tr[data-status=completed] button").first().click();
    await page.getByTestId("output-ops").waitFor();
    await shoot(`streaming-batch-page-${width}`);

    // Receivers after a simulated failure.
    await tab(page, "Receivers");
    await page.getByRole("button", { name: "Simulate failure" }).first().click();
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await page.locator("[data-testid=receivers-table] tr[data-active=false]").waitFor();
    await shoot(`streaming-receivers-${width}`);
  }),
);
