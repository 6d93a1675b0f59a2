// Lessons 6, 7, 8, 10 and 11 from start to end in English and Korean, each checked for what it teaches,
// on the real engine. LESSON_SCREENSHOTS=1 also writes each lesson's key step to docs/lessons/.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { connect } from "./editorHelpers";
import {
  expectSolved,
  expectStepText,
  LANGUAGES,
  lessonFile,
  next,
  openLesson,
  screenshot,
  stepBatches,
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
  const delays = await rows.evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.getAttribute("data-batch-time")), Number(tr.getAttribute("data-scheduling-delay"))]),
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
    for (const side of sides) await expect(side).toHaveAttribute("data-steps", String(i), { timeout: 20_000 });
  }
}

async function closeComparison(page: Page) {
  await page.getByTestId("compare-view").locator("xpath=ancestor::div[@role='dialog']//header//button").click();
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
 * Ticks a pipeline setting's box. At 1440x900 the inspector's lower fields sit under the run panel's
 * charts (the inspector does not scroll them clear), so the box is clicked in the page, not by the mouse.
 */
async function checkSetting(page: Page, key: string) {
  const box = page.locator(`#setting-${key}`);
  if (!(await box.isChecked())) await box.evaluate((el) => (el as HTMLInputElement).click());
  await expect(box).toBeChecked();
}

/** Adds a kind from the palette (found by its search, then double-clicked) and returns its node. */
async function addFromPalette(page: Page, kind: string): Promise<Locator> {
  const before = await page.locator(".react-flow__node").count();
  await page.locator("input[type=search]").first().fill(kind);
  await page.getByTestId(`palette-${kind}`).dblclick();
  await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
  await page.locator("input[type=search]").first().fill("");
  const added = page.locator(`.react-flow__node:has([data-kind="${kind}"])`).last();
  await expect(added).toBeVisible();
  return added;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

for (const language of LANGUAGES) {
  test.describe(`lessons 6-11 (${language})`, () => {
    test("6 · state: mapWithState's work per batch stays flat while updateStateByKey's grows with the state", async ({
      page,
    }) => {
      const file = lessonFile("06-state.json");
      await openLesson(page, language, "state");
      await expectStepText(page, language, file.steps[0].text);
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
      await screenshot(page, "06-state", language);
      await next(page);
      // Without a checkpoint directory, Spark's own refusal.
      await expect(page.getByTestId("lesson-task")).toBeVisible();
      await expect(
        node(page, "totals").getByText("The checkpoint directory has not been set.", { exact: false }),
      ).toBeVisible();
      await checkSetting(page, "checkpoint");
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
      await stopRun(page);
      await stepBatches(page, 5);
      await expectSolved(page);
    });
  });
}
