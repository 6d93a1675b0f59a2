// Spark's Streaming tab, the rest of it: a histogram beside each timeline, the batch page (output
// operations, jobs, stages, the DAG) opened from a batch row or a chart point, failed batches marked on
// the timelines, and the receivers table.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";

const panel = (page: Page) => page.getByRole("region", { name: "Live simulation" });
const openTab = (page: Page, name: string) =>
  panel(page)
    .getByRole("tab", { name: new RegExp(`^${name}`) })
    .click();
const step = (page: Page) => page.getByRole("button", { name: "Step", exact: true }).click();
const METRICS = ["inputRate", "schedulingDelay", "processingTime", "totalDelay"];

function wordCount(edit?: (doc: PipelineDocument) => void): string {
  const doc = JSON.parse(readFileSync("public/examples/socket-word-count.json", "utf8")) as PipelineDocument;
  edit?.(doc);
  return `/#p=${encodePipeline(doc)}`;
}

async function openShared(page: Page, url: string) {
  await page.goto(url);
  await allowSharedPipeline(page);
}

async function stepBatches(page: Page, n: number) {
  for (let i = 1; i <= n; i++) {
    await step(page);
    await expect(panel(page)).toHaveAttribute("data-completed-batches", String(i), { timeout: 15_000 });
  }
}

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

test.describe("Spark's Streaming UI: histograms, batch page, failures, receivers", () => {
  test("each timeline has its histogram beside it: same batches, the average, the batch under the pointer", async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await openShared(page, wordCount());
    await stepBatches(page, 5);
    await openTab(page, "Charts");
    for (const id of METRICS) {
      const chart = page.getByTestId(`chart-${id}`);
      await expect(chart).toHaveAttribute("data-points", "5");
      const histogram = page.getByTestId(`histogram-${id}`);
      await expect(histogram).toBeVisible();
      // Every batch of the timeline is counted once in the histogram.
      await expect
        .poll(async () => {
          const bins = (await histogram.getAttribute("data-bins")) ?? "";
          return bins.split(",").reduce((a, b) => a + Number(b), 0);
        })
        .toBe(5);
      await expect(page.getByTestId(`histogram-${id}-average`)).toHaveCount(1);
    }
    // The pointer over a batch on the processing-time timeline marks that batch's bin beside it.
    const histogram = page.getByTestId("histogram-processingTime");
    await expect(histogram).toHaveAttribute("data-highlight-bin", "-1");
    const box = (await page.getByTestId("chart-processingTime").locator(".metric-surface").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await expect(histogram).not.toHaveAttribute("data-highlight-bin", "-1");
    await page.mouse.move(box.x + box.width / 2, box.y - 60);
    await expect(histogram).toHaveAttribute("data-highlight-bin", "-1");
    expect(errors).toEqual([]);
  });

  test("a batch row opens Spark's batch page: output operations, jobs, stages and the DAG", async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await openShared(page, wordCount());
    await stepBatches(page, 3);
    await openTab(page, "Batches");
    await page.getByTestId("batch-table").locator("tbody tr[data-batch-time='2000'] button").click();
    const batchPage = page.getByTestId("batch-page");
    await expect(batchPage).toHaveAttribute("data-batch-time", "2000");
    await expect(page.getByTestId("batch-summary")).toContainText("Batch Duration: 1.0 s");
    await expect(page.getByTestId("batch-summary")).toContainText(/Input data size: \d+ records/);
    await expect(page.getByTestId("input-metadata").locator("tbody tr")).toContainText(["lines"]);
    const ops = page.getByTestId("output-ops");
    // print's take: one job over the first partition of the reduceByKey (or a few, as Spark's take).
    await expect(ops.locator("tbody tr").first()).toContainText("print at print");
    await expect(ops.locator("tbody tr").first()).toContainText("take");
    await expect(ops.locator("tbody tr").first()).toContainText("succeeded");
    await expect(ops.getByTestId("job-stages").first()).toHaveText("2/2");
    // The DAG: a shuffle map stage (the receiver's BlockRDD and the narrow maps) and the result stage.
    const dag = batchPage.locator("[data-testid^=dag-job-]").first();
    await expect(dag.getByTestId("dag-stage")).toHaveCount(2);
    await expect(dag.locator("[data-rdd^='BlockRDD']")).toHaveCount(1);
    await expect(dag.locator("[data-rdd^='ShuffledRDD']")).toHaveCount(1);
    await expect(dag.locator(".dag-edge-shuffle")).toHaveCount(1);
    await page.getByRole("button", { name: "← All batches" }).click();
    await expect(page.getByTestId("batch-table")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a click on a chart point opens that batch's page", async ({ page }) => {
    await openShared(page, wordCount());
    await stepBatches(page, 3);
    await openTab(page, "Charts");
    // The charts redraw at most once a second: wait for the third batch's point.
    await expect(page.getByTestId("chart-totalDelay")).toHaveAttribute("data-points", "3");
    const box = (await page.getByTestId("chart-totalDelay").locator(".metric-surface").boundingBox())!;
    // The last point sits at the right end of the plot (the margin leaves 18 px).
    // Over the point first (the chart follows the pointer), then the click.
    await page.mouse.move(box.x + box.width - 20, box.y + box.height * 0.4, { steps: 4 });
    await expect(page.getByTestId("histogram-totalDelay")).not.toHaveAttribute("data-highlight-bin", "-1");
    await page.mouse.click(box.x + box.width - 20, box.y + box.height * 0.4);
    await expect(page.getByTestId("batch-page")).toHaveAttribute("data-batch-time", "3000");
    await expect(page.getByTestId("output-ops")).toBeVisible();
  });

  test("a failed batch is marked on every timeline and its page says why", async ({ page }) => {
    const url = wordCount((doc) => {
      const pairs = doc.nodes.find((n) => n.id === "pairs")!;
      pairs.params.fn =
        '(word) => { if (word === "question") throw new Error("no questions please"); return [word, 1]; }';
    });
    await openShared(page, url);
    await stepBatches(page, 2);
    await openTab(page, "Charts");
    const failedTimes = async (id: string) =>
      (await page.getByTestId(`chart-${id}`).getAttribute("data-failed"))?.split(",").filter(Boolean) ?? [];
    let failed: string[] = [];
    await expect.poll(async () => (failed = await failedTimes("processingTime")).length).toBeGreaterThan(0);
    for (const id of METRICS) expect(await failedTimes(id)).toEqual(failed);
    await expect(page.getByTestId("chart-processingTime").locator(".failed-dot")).toHaveCount(failed.length);
    await openTab(page, "Batches");
    await page.getByTestId("batch-table").locator(`tbody tr[data-batch-time='${failed[0]}'] button`).click();
    await expect(page.getByTestId("batch-page")).toHaveAttribute("data-state", "failed");
    await expect(page.getByTestId("batch-page").getByRole("alert")).toContainText("no questions please");
    const op = page.getByTestId("output-ops").locator("tbody tr").first();
    await expect(op).toHaveAttribute("data-status", "failed");
    await expect(op).toContainText("no questions please");
  });

  test("the receivers table: status, where it runs, events/sec, and the last error", async ({ page }) => {
    const errors = watchConsole(page);
    await openShared(page, wordCount());
    await stepBatches(page, 3);
    await openTab(page, "Receivers");
    const row = page.getByTestId("receivers-table").locator("tbody tr[data-node-id=lines]");
    await expect(row).toHaveAttribute("data-active", "true");
    await expect(row).toContainText("ACTIVE");
    await expect(row).toContainText("lines (textLines)");
    await expect(row).toContainText("0 / simulated-host");
    await expect(row.getByTestId("receiver-avg-rate")).toHaveText("2");
    await expect(row.getByTestId("receiver-last-error")).toHaveText("-");
    // A simulated failure: inactive for 3 batches with its error, then active again; the error stays.
    await row.getByRole("button", { name: "Simulate failure" }).click();
    await step(page);
    await expect(panel(page)).toHaveAttribute("data-completed-batches", "4");
    await expect(row).toHaveAttribute("data-active", "false");
    await expect(row).toContainText("INACTIVE");
    await expect(row.getByTestId("receiver-last-error")).toContainText("Simulated failure");
    await expect(row).toContainText("00:00:04");
    for (let i = 5; i <= 7; i++) {
      await step(page);
      await expect(panel(page)).toHaveAttribute("data-completed-batches", String(i));
    }
    await expect(row).toHaveAttribute("data-active", "true");
    await expect(row.getByTestId("receiver-last-error")).toContainText("Simulated failure");
    expect(errors).toEqual([]);
  });
});
