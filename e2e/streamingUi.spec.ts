// Spark's Streaming tab in the studio: the JobScheduler's queue (Active Batches above Completed Batches,
// batches waiting at the source), batches without jobs not listed, throughput labels, window holdings
// on the node, and receiver input's lineage as Spark prints it (BlockRDD).
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";

async function openExample(page: Page, title: RegExp) {
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: new RegExp(`^Open .*${title.source}`, "i") }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

const panel = (page: Page) => page.getByRole("region", { name: "Live simulation" });
const openTab = (page: Page, name: string) =>
  panel(page)
    .getByRole("tab", { name: new RegExp(`^${name}`) })
    .click();

test.describe("Spark's Streaming UI", () => {
  test("active batches: a slow cluster queues batches behind the one processing, and they wait at the source", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openExample(page, /backpressure/);
    await page.getByLabel("Speed").selectOption("10");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await openTab(page, "Batches");
    const active = page.getByTestId("active-batches");
    await expect
      .poll(async () => active.locator("tbody tr[data-status=queued]").count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    await expect(active.locator("tbody tr[data-status=processing]")).toHaveCount(1);
    await expect(page.getByTestId("active-batches-title")).toContainText("Active Batches");
    // Completed batches have waited: scheduling delay > 0, and never a batch both active and completed.
    const completed = page.getByTestId("batch-table").locator("tbody tr[data-status=completed]");
    await expect.poll(() => completed.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const activeTimes = await active
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-batch-time")));
    const doneTimes = await completed.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute("data-batch-time")),
    );
    expect(activeTimes.filter((t) => doneTimes.includes(t))).toEqual([]);
    // The queued batches' records wait at the source node.
    await expect(page.getByTestId("node-live-waiting").first()).toContainText(/\d+ batches waiting/);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    expect(errors).toEqual([]);
  });

  test("batches without jobs (between a window's slides) are not listed; the window shows what it holds", async ({
    page,
  }) => {
    await openExample(page, /windowed word count(?! with)/);
    await page.getByLabel("Speed").selectOption("max");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await openTab(page, "Batches");
    const completed = page.getByTestId("batch-table").locator("tbody tr");
    await expect.poll(() => completed.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    const times = (
      await completed.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-batch-time"))))
    ).sort((a, b) => a - b);
    // The example's window slides every 2 s on a 1 s batch: only the slides have jobs, as in Spark.
    const steps = new Set(times.slice(1).map((t, i) => t - times[i]));
    expect([...steps]).toEqual([2000]);
    // On the node, not only in a tooltip: step to a slide (4 s) and read it.
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Step", exact: true }).click();
    await expect(page.getByTestId("node-live-window-text").first()).toContainText(/holds \d\d:\d\d:\d\d/);
  });

  test("throughput names unnamed nodes by kind and number, never by internal id", async ({ page }) => {
    const text = readFileSync("public/examples/socket-word-count.json", "utf8");
    const doc = JSON.parse(text) as PipelineDocument;
    for (const n of doc.nodes) delete (n as { label?: string }).label;
    // Ids as the editor makes them for new nodes.
    const renamed = JSON.parse(
      JSON.stringify(doc).replaceAll('"pairs"', '"n-mx5ja0bb3b6op"').replaceAll('"words"', '"n-k2q9zz81xa"'),
    ) as PipelineDocument;
    await page.goto(`/#p=${encodePipeline(renamed)}`);
    await allowSharedPipeline(page);
    await expect(page.getByRole("group", { name: "Edge from n-k2q9zz81xa to n-mx5ja0bb3b6op" })).toHaveCount(
      1,
    );
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await openTab(page, "Charts");
    const chart = page.getByTestId("chart-throughput");
    await expect(chart).toContainText("map 1", { timeout: 15_000 });
    await expect(chart).toContainText("flatMap 1");
    await expect(chart).not.toContainText("n-mx5ja0bb3b6op");
    await expect(chart).not.toContainText("n-k2q9zz81xa");
  });
});
