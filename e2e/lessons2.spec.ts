// Lessons 6, 7, 8, 10 and 11 from start to end in English and Korean, each checked for what it teaches,
// on the real engine. LESSON_SCREENSHOTS=1 also writes each lesson's key step to docs/lessons/.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { connect } from "./editorHelpers";
import {
  expectSolved,
  LANGUAGES,
  lessonFile,
  next,
  node,
  runChallenge,
  screenshot,
  startLesson,
  stopRun,
} from "./lessonsHelpers";

test.describe.configure({ timeout: 300_000 });

const numbers = async (locator: Locator, attribute: string) =>
  ((await locator.getAttribute(attribute)) ?? "")
    .split(",")
    .filter((s) => s !== "")
    .map(Number);

/** The batch table's scheduling delays, oldest first. */
async function schedulingDelays(page: Page): Promise<number[]> {
  await page.locator("#bottom-tab-batches").click();
  const rows = page.locator("table.batch-table tr[data-batch-time][data-status=completed]");
  // The table draws on the next frame after its tab opens.
  await expect(rows.first()).toBeVisible();
  const delays = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      Number(tr.getAttribute("data-batch-time")),
      Number(tr.getAttribute("data-scheduling-delay")),
    ]),
  );
  return delays.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}

/** Steps the side-by-side view `n` times, each waited for on both sides. */
async function stepComparison(page: Page, n: number) {
  const view = page.getByTestId("compare-view");
  await expect(view).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });
  const sides = [page.getByTestId("compare-side-0"), page.getByTestId("compare-side-1")];
  for (let i = 1; i <= n; i++) {
    await view.locator(".compare-controls .btn-primary").click();
    for (const side of sides)
      await expect(side).toHaveAttribute("data-steps", String(i), { timeout: 20_000 });
  }
}

async function closeComparison(page: Page) {
  await page
    .getByTestId("compare-view")
    .locator("xpath=ancestor::div[@role='dialog']//header//button")
    .click();
  await expect(page.getByTestId("compare-view")).toHaveCount(0);
}

/** The first duration in a latency summary ("median 480 ms, ..."), in ms. */
function firstDurationMs(text: string): number {
  const m = /(\d+(?:[.,]\d+)?)\s*(ms|s)\b/.exec(text);
  if (!m) throw new Error(`no duration in "${text}"`);
  const value = Number(m[1].replace(",", "."));
  return m[2] === "s" ? value * 1000 : value;
}

/** Nothing selected: the inspector shows the pipeline's settings. */
async function deselect(page: Page) {
  await page.keyboard.press("Escape");
  if ((await page.getByTestId("pipeline-settings").count()) === 0)
    await page.locator(".react-flow__pane").click({ position: { x: 60, y: 420 } });
  await expect(page.getByTestId("pipeline-settings")).toBeVisible();
}

/**
 * Ticks a pipeline setting's switch as a student does. Where the lesson points at it, it must already be
 * in view (the inspector scrolls it clear of the run panel); elsewhere the click scrolls to it.
 */
async function checkSetting(page: Page, key: string, pointedAt = false) {
  const box = page.locator(`#setting-${key}`);
  const field = page.locator(".field", { has: box });
  if (pointedAt) await expect(field).toBeInViewport({ ratio: 0.95 });
  if (!(await box.isChecked())) await field.locator("label.switch").click();
  await expect(box).toBeChecked();
}

/**
 * Adds a kind from the palette (found by its search), double-clicked or dropped at (x, y) of the
 * canvas, and returns its node.
 */
async function addFromPalette(page: Page, kind: string, at?: { x: number; y: number }): Promise<Locator> {
  const before = await page.locator(".react-flow__node").count();
  await page.locator("input[type=search]").first().fill(kind);
  if (at)
    await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId("canvas"), { targetPosition: at });
  else await page.getByTestId(`palette-${kind}`).dblclick();
  await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
  await page.locator("input[type=search]").first().fill("");
  const added = page.locator(`.react-flow__node:has([data-kind="${kind}"])`).last();
  await expect(added).toBeVisible();
  return added;
}

/** The Tables tab's rows of `table`, per batch time: how many and the sum of their values. */
async function tableRowsPerBatch(page: Page, table: string) {
  await page.locator("#bottom-tab-tables").click();
  const pane = page.getByTestId("tables-pane");
  await pane.locator(`.tables-item[data-table="${table}"]`).click();
  await expect(pane.locator(".tables-detail")).toHaveAttribute("aria-label", table);
  const rows = pane.getByTestId("table-rows").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.getAttribute("data-batch-time")), Number(tr.children[3].textContent)]),
  );
  const perBatch = new Map<number, { rows: number; valueSum: number }>();
  for (const [time, value] of cells) {
    const b = perBatch.get(time) ?? { rows: 0, valueSum: 0 };
    perBatch.set(time, { rows: b.rows + 1, valueSum: b.valueSum + value });
  }
  return perBatch;
}

for (const language of LANGUAGES) {
  test.describe(`lessons 6-11 (${language})`, () => {
    test("6 · state: mapWithState's work per batch stays flat while updateStateByKey's grows with the state", async ({
      page,
    }) => {
      await startLesson(page, language, "06-state.json");
      await next(page);
      await next(page);
      const totals = page.locator("[data-testid=state-work][data-node=totals]");
      const running = page.locator("[data-testid=state-work][data-node=running]");
      const totalKeys = await numbers(totals.getByTestId("state-keys"), "data-values");
      const totalCalls = await numbers(totals.getByTestId("state-calls"), "data-values");
      const runningKeys = await numbers(running.getByTestId("state-keys"), "data-values");
      const runningCalls = await numbers(running.getByTestId("state-calls"), "data-values");
      expect(totalKeys.length).toBe(8);
      // The same state either way, growing as new words come in.
      expect(runningKeys).toEqual(totalKeys);
      expect(totalKeys.at(-1)!).toBeGreaterThan(totalKeys[0]);
      // updateStateByKey calls its function for every key it holds: its work is its state.
      expect(totalCalls).toEqual(totalKeys);
      // mapWithState only for the batch's records: flat, and far below the state it holds.
      expect(Math.max(...runningCalls) - Math.min(...runningCalls)).toBeLessThanOrEqual(2);
      expect(runningCalls.at(-1)!).toBeLessThan(totalCalls.at(-1)! / 2);
      // The key picture is both nodes' bars, one above the other: scrolled to as a student would.
      await running.scrollIntoViewIfNeeded();
      await screenshot(page, "06-state", language);
      await next(page);
      // Without a checkpoint directory, Spark's own refusal.
      await expect(page.getByTestId("lesson-task")).toBeVisible();
      await expect(
        node(page, "totals").getByText("The checkpoint directory has not been set.", { exact: false }),
      ).toBeVisible();
      await checkSetting(page, "checkpoint", true);
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      // The challenge: the same count with mapWithState, checkpointing on.
      await expect(page.getByTestId("lesson-challenge")).toBeVisible();
      await node(page, "totals").click();
      await page.keyboard.press("Delete");
      await expect(node(page, "totals")).toHaveCount(0);
      const mapWithState = await addFromPalette(page, "mapWithState");
      await connect(page, node(page, "pairs"), mapWithState);
      await connect(page, mapWithState, node(page, "print"));
      await deselect(page);
      await checkSetting(page, "checkpoint");
      await runChallenge(page, 5);
    });

    test("10 · backpressure: the scheduling delay grows without rate control and stays bounded with it", async ({
      page,
    }) => {
      await startLesson(page, language, "10-backpressure.json");
      await next(page);
      // Ten intervals without backpressure: the batches that completed each waited longer than the last.
      // The step's batches are generated at once but complete later, one after another: wait for them.
      await expect
        .poll(async () => (await schedulingDelays(page)).at(-1) ?? 0, { timeout: 30_000 })
        .toBeGreaterThan(3000);
      const without = await schedulingDelays(page);
      expect(without.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < without.length; i++) expect(without[i]).toBeGreaterThan(without[i - 1]);
      expect(without.at(-1)!).toBeGreaterThan(3000);
      // The key step's picture: the delay piled up on the charts (they redraw once a second).
      await page.locator("#bottom-tab-charts").click();
      await expect
        .poll(async () => Number(await page.getByTestId("chart-schedulingDelay").getAttribute("data-points")))
        .toBeGreaterThanOrEqual(without.length);
      await screenshot(page, "10-backpressure", language);
      await next(page);
      await expect(page.getByTestId("lesson-task")).toBeVisible();
      await page.locator(".run-status input[type=checkbox]").check();
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      // Twenty more with it: once the backlog is worked off, the delay is back near zero.
      await expect
        .poll(async () => (await schedulingDelays(page)).at(-1) ?? Infinity, { timeout: 30_000 })
        .toBeLessThan(1000);
      const all = await schedulingDelays(page);
      const peak = Math.max(...all);
      expect(peak).toBeGreaterThan(without.at(-1)!);
      // After its peak it never grows again, and ends under one interval.
      const after = all.slice(all.indexOf(peak));
      for (let i = 1; i < after.length; i++) expect(after[i]).toBeLessThanOrEqual(after[i - 1]);
      expect(all.at(-1)!).toBeLessThan(1000);
      await next(page);
      // The challenge: twice the input, still under control.
      await page.locator("#bottom-tab-charts").click();
      await node(page, "lines").click();
      await page.locator("#param-lines-rate").fill("60000");
      await page.locator(".run-status input[type=checkbox]").check();
      await stopRun(page);
      // Slow batches complete after later ones are cut: Run (as fast as it goes) rather than Step.
      await page.locator(".run-controls select").selectOption("10");
      await page.locator(".run-controls .btn").nth(0).click();
      await expectSolved(page);
      await stopRun(page);
    });

    test("7 · event time: the DStream and the event-time pipeline give different results on the late records", async ({
      page,
    }) => {
      const file = await startLesson(page, language, "07-event-time.json");
      await expect(page.getByTestId("api-table").locator("tbody tr")).toHaveCount(4);
      await next(page);
      await next(page);
      const plot = page.getByTestId("event-time-plot");
      await expect(plot.getByTestId("watermark-line")).toBeVisible();
      await next(page);
      await expect(page.getByTestId("compare-explanation")).toHaveText(
        file.steps[3].actions[1].explanation[language],
      );
      await stepComparison(page, 8);
      const dstream = page.getByTestId("compare-side-0");
      const structured = page.getByTestId("compare-side-1");
      // The DStream counts its late readings where they arrived; the watermark drops some on the other side.
      await expect(dstream).toHaveAttribute("data-dropped", "0");
      expect(Number(await dstream.getAttribute("data-late"))).toBeGreaterThan(0);
      expect(Number(await structured.getAttribute("data-dropped"))).toBeGreaterThan(0);
      const left = await page.getByTestId("compare-result-0").locator("tbody").textContent();
      const right = await page.getByTestId("compare-result-1").locator("tbody").textContent();
      expect(left).not.toEqual(right);
      await screenshot(page, "07-event-time", language);
      await closeComparison(page);
      await next(page);
      // The challenge: a watermark as late as the readings can be keeps them all.
      await node(page, "watermarked").click();
      await page.locator("#param-watermarked-delayThreshold").fill("5 seconds");
      await runChallenge(page, 15);
    });

    test("8 · continuous: per-record latency far below micro-batch's", async ({ page }) => {
      await startLesson(page, language, "08-continuous.json");
      await next(page);
      await stepComparison(page, 4);
      const microBatch = firstDurationMs((await page.getByTestId("latency-summary-0").textContent()) ?? "");
      const continuous = firstDurationMs((await page.getByTestId("latency-summary-1").textContent()) ?? "");
      expect(microBatch).toBeGreaterThan(100);
      expect(continuous).toBeLessThan(microBatch / 10);
      await screenshot(page, "08-continuous", language);
      await closeComparison(page);
      await next(page);
      await next(page);
      // Spark's refusal of an aggregation in continuous mode.
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      await node(page, "query").click();
      await page.locator("#param-query-trigger").selectOption("continuous");
      await runChallenge(page, 5);
    });

    // fixme: connecting fileCounts to the dropped database sink does not draw the edge yet (the drop spot
    // or the sink's handle); the steps up to the challenge pass.
    test("11 · sources and sinks: one RDD partition per topic partition, the database sink writes each batch once", async ({
      page,
    }) => {
      const pipeline = lessonFile("pipelines/sources-sinks.json");
      const kafka = pipeline.nodes.find((n: { id: string }) => n.id === "clicks").params;
      await startLesson(page, language, "11-sources-sinks.json");
      await next(page);
      // The Kafka step: the latest batch of 'clicks' has one partition per topic partition, and every
      // record in partition p came from topic partition p.
      const card = page.getByTestId("records-drawer").getByTestId("records-batch").first();
      await expect(card).toHaveAttribute("data-batch-time", "3000");
      const partitions = card.locator(".partition");
      await expect(partitions).toHaveCount(kafka.partitions);
      for (let p = 0; p < kafka.partitions; p++)
        for (const text of await partitions.nth(p).locator("tbody tr").allTextContents())
          expect(text).toContain(`"partition":${p},`);
      await next(page);
      await next(page);
      // The database step: one write per batch, and the table holds one row set per batch, whose counts
      // add up to the batch's input (rate x interval).
      const db = page.locator("[data-testid=sink-writes][data-node=db]");
      await expect(db).toHaveAttribute("data-table", "clicks_per_user");
      expect(await numbers(db, "data-times")).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
      expect(await numbers(db, "data-writes")).toEqual([1, 1, 1, 1, 1, 1]);
      const rowsWritten = await numbers(db, "data-rows");
      const perBatch = await tableRowsPerBatch(page, "clicks_per_user");
      expect([...perBatch.keys()]).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
      expect([...perBatch.values()].map((b) => b.rows)).toEqual(rowsWritten);
      for (const b of perBatch.values())
        expect(b.valueSum).toBe((kafka.rate * pipeline.batchIntervalMs) / 1000);
      await screenshot(page, "11-sources-sinks", language);
      await next(page);
      // The challenge: a second database sink fed by fileCounts, dropped below the files row.
      const sink = await addFromPalette(page, "saveToDatabase", { x: 330, y: 460 });
      await connect(page, node(page, "fileCounts"), sink);
      await runChallenge(page, 3);
      const files = page.locator("[data-testid=sink-writes][data-table=word_counts]");
      expect(await numbers(files, "data-times")).toEqual([1000, 2000, 3000]);
      // The new run wrote batches 1-3 of clicks_per_user again: replaced, still one row set per batch.
      expect(await numbers(db, "data-writes")).toEqual([2, 2, 2, 1, 1, 1]);
      const again = await tableRowsPerBatch(page, "clicks_per_user");
      expect([...again.keys()]).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
      expect([...again.values()].map((b) => b.rows)).toEqual(await numbers(db, "data-rows"));
    });
  });
}
