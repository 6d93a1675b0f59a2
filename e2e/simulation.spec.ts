// Live simulation (issue 6): run the windowed word count, watch charts, batch table and tokens; step
// exactly one batch; check the reduce node's records against the engine run in Node; backpressure.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { expectedNodeBatches } from "./simulationExpectation";

async function openExample(page: Page, title: RegExp) {
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: new RegExp(`^Open .*${title.source}`, "i") }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

const panel = (page: Page) => page.getByRole("region", { name: "Live simulation" });

async function completedBatches(page: Page): Promise<number> {
  return Number(await panel(page).getAttribute("data-completed-batches"));
}

async function openTab(page: Page, name: string) {
  await panel(page)
    .getByRole("tab", { name: new RegExp(`^${name}`) })
    .click();
}

test.describe("live simulation", () => {
  test("Run fills the charts and the batch table and moves tokens along the edges", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openExample(page, /windowed word count(?! with)/);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect(page.getByTestId("run-state")).toHaveText("running");

    await expect.poll(() => completedBatches(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await openTab(page, "Charts");
    for (const chart of ["inputRate", "processingTime"]) {
      await expect
        .poll(async () => Number(await page.getByTestId(`chart-${chart}`).getAttribute("data-points")))
        .toBeGreaterThanOrEqual(2);
    }
    // Two reference lines on the processing-time timeline: the batch interval and the average.
    await expect(page.getByTestId(`chart-processingTime`).locator(".metric-ref-line")).toHaveCount(2);

    await openTab(page, "Batches");
    const rows = page.getByTestId("batch-table").locator("tbody tr[data-status=completed]");
    const before = await rows.count();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(before);

    // A wave of tokens crosses the graph edge after edge: collect the edges seen carrying one.
    const edgesSeen = new Set<string>();
    await expect
      .poll(
        async () => {
          const ids = await page
            .locator("[data-testid=batch-token]:visible")
            .evaluateAll((els) => els.map((e) => e.getAttribute("data-edge-id") ?? ""));
          for (const id of ids) edgesSeen.add(id);
          return edgesSeen.size;
        },
        { timeout: 15_000, intervals: [100] },
      )
      .toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test("Step advances exactly one batch and the tokens stand still", async ({ page }) => {
    await openExample(page, /windowed word count(?! with)/);
    const step = page.getByRole("button", { name: "Step", exact: true });
    await step.click();
    await expect.poll(() => completedBatches(page)).toBe(1);
    await expect(step).toBeEnabled();
    await step.click();
    await expect.poll(() => completedBatches(page)).toBe(2);
    // Two batch intervals of real time later, still two batches: Step never runs on.
    await page.waitForTimeout(2_000);
    expect(await completedBatches(page)).toBe(2);
    const token = page.locator("[data-testid=batch-token]:visible").first();
    const at = await token.evaluate((el) => (el as HTMLElement).style.transform);
    expect(at).toContain("translate");
    await page.waitForTimeout(500);
    expect(await token.evaluate((el) => (el as HTMLElement).style.transform)).toBe(at);
  });

  test("the reduce node's records are the counts the engine computes for the same seed", async ({ page }) => {
    const steps = 4; // batches at 1 s .. 4 s; the 6 s window sliding every 2 s fires at 2 s and 4 s
    await openExample(page, /windowed word count(?! with)/);
    for (let i = 1; i <= steps; i++) {
      await page.getByRole("button", { name: "Step", exact: true }).click();
      await expect.poll(() => completedBatches(page)).toBe(i);
    }
    await page.getByTestId("node-windowedCounts").click();
    const drawer = page.getByTestId("records-drawer");
    await expect(drawer).toHaveAttribute("data-node-id", "windowedCounts");

    const expected = await expectedNodeBatches("windowed-word-count.json", "windowedCounts", steps);
    const latest = expected.at(-1)!;
    const card = drawer.locator(`[data-testid=records-batch][data-batch-time="${latest.batchTimeMs}"]`);
    await expect(card.getByTestId("records-count")).toHaveText(
      `${latest.records.length} record${latest.records.length === 1 ? "" : "s"}`,
    );
    const shown = await card
      .getByTestId("kv-table")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
      );
    expect(shown.length).toBeGreaterThan(0);
    const engineCounts = new Map(latest.records.map(([k, v]) => [String(k), String(v)]));
    for (const [word, count] of shown) expect([word, count]).toEqual([word, engineCounts.get(word)]);
  });

  test("backpressure brings a growing scheduling delay back down", async ({ page }) => {
    await openExample(page, /backpressure/);
    await page.getByLabel("Speed").selectOption("max");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await openTab(page, "Batches");
    const delays = () =>
      page
        .getByTestId("batch-table")
        .locator("tbody tr[data-status=completed]")
        .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-scheduling-delay"))).reverse());

    // Rising: the input is faster than the simulated cluster.
    await expect.poll(async () => (await delays()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(8);
    const rising = await delays();
    expect(rising.at(-1)!).toBeGreaterThan(rising[1]);
    const peakBefore = Math.max(...rising);

    await panel(page).getByLabel("Backpressure").check();
    // Falling: the PID rate estimator throttles the receiver until the queue drains.
    await expect
      .poll(
        async () => {
          const d = await delays();
          return d.at(-1)! < Math.max(...d.slice(-30)) && d.at(-1)! < peakBefore * 2;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.getByRole("button", { name: "Stop", exact: true }).click();
  });

  test("an endless loop restarts the worker and the Errors tab names the node", async ({ page }) => {
    const doc = JSON.parse(
      readFileSync(new URL("../public/examples/windowed-word-count.json", import.meta.url), "utf8"),
    ) as PipelineDocument;
    const pairs = doc.nodes.find((n) => n.id === "pairs")!;
    pairs.params.fn = "(word) => { while (true) {} }";
    await page.goto(`/#p=${encodePipeline(doc)}`);
    await allowSharedPipeline(page);
    await expect(page.getByTestId("node-pairs")).toContainText("while (true)");
    // The 2 s slide computes pairs at 2 s (Spark computes a window's parents only when it fires).
    const step = page.getByRole("button", { name: "Step", exact: true });
    await step.click();
    await expect.poll(() => completedBatches(page)).toBe(1);
    await step.click();
    const errorsTab = panel(page).getByRole("tab", { name: /^Errors/ });
    await expect(errorsTab).toContainText("1", { timeout: 20_000 });
    await errorsTab.click();
    const restart = page.getByTestId("run-errors").locator("li", { hasText: "Worker restarted" });
    await expect(restart).toContainText("pairs");
    await expect(page.getByTestId("node-pairs").getByRole("alert")).toBeVisible();
  });
});
