// Lessons 1-5 from start to end in English and Korean, each checked for what it teaches, on the real
// engine. LESSON_SCREENSHOTS=1 also writes each lesson's key step to docs/lessons/.
import { expect, test } from "@playwright/test";
import { connect, dropFromPalette } from "./editorHelpers";
import {
  expectSolved,
  LANGUAGES,
  next,
  node,
  openLesson,
  runChallenge,
  screenshot,
  setBatchIntervalSeconds,
  setCodeParam,
  settled,
  startLesson,
  stepBatches,
} from "./lessonsHelpers";

test.describe.configure({ timeout: 240_000 });

for (const language of LANGUAGES) {
  test.describe(`lessons 1-5 (${language})`, () => {
    test("1 · batch vs stream: the stream's first answer comes before the batch job's", async ({ page }) => {
      await startLesson(page, language, "01-batch-vs-stream.json");
      await next(page);
      const answer = (node: string) => page.locator(`[data-testid=first-answer][data-node=${node}]`);
      await expect(answer("streamAnswer")).toHaveAttribute("data-time", "1000");
      await expect(answer("batchAnswer")).toHaveAttribute("data-time", "");
      await next(page);
      await expect(answer("batchAnswer")).toHaveAttribute("data-time", "6000");
      const stream = Number(await answer("streamAnswer").getAttribute("data-time"));
      const batch = Number(await answer("batchAnswer").getAttribute("data-time"));
      expect(stream).toBeLessThan(batch);
      await screenshot(page, "01-batch-vs-stream", language);
      await next(page);
      await setBatchIntervalSeconds(page, 0.5);
      await stepBatches(page, 2);
      await expect(answer("streamAnswer")).toHaveAttribute("data-time", "500");
      await expectSolved(page);
    });

    test("2 · micro-batches: one RDD per interval, its size set by the interval", async ({ page }) => {
      const file = await startLesson(page, language, "02-micro-batches.json");
      await next(page);
      const rows = page.locator("table.batch-table tr[data-batch-time]");
      await expect(rows).toHaveCount(3);
      for (const size of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-input-size"))))
        expect(size).toBe("10");
      await screenshot(page, "02-micro-batches", language);
      await next(page);
      await expect(page.getByTestId("lesson-task")).toHaveText(
        new RegExp(file.steps[2].task[language].slice(0, 12)),
      );
      await setBatchIntervalSeconds(page, 2);
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      // Twice the interval, twice the records per batch; the first answer at 2000 ms.
      await expect(rows).toHaveCount(2);
      for (const size of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-input-size"))))
        expect(size).toBe("20");
      await expect(rows.last()).toHaveAttribute("data-batch-time", "2000");
      await next(page);
      await setBatchIntervalSeconds(page, 0.5);
      await stepBatches(page, 4);
      await expectSolved(page);
    });

    test("3 · lifecycle: Spark's own messages", async ({ page }) => {
      await startLesson(page, language, "03-lifecycle.json");
      await next(page);
      await next(page);
      const latest = page.getByTestId("lifecycle-outcome").first();
      await page.getByTestId("lifecycle-addOperation").click();
      await expect(latest).toContainText(
        "Adding new inputs, transformations, and output operations after starting a context is not supported",
      );
      await next(page);
      await page.getByTestId("lifecycle-secondContext").click();
      await expect(latest).toContainText(
        "Only one StreamingContext may be started in this JVM. Currently running StreamingContext was started at",
      );
      await next(page);
      await page.getByTestId("lifecycle-stop").click();
      await expect(latest).toContainText("STOPPED");
      await page.getByTestId("lifecycle-secondContext").click();
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      await page.getByTestId("lifecycle-restart").click();
      await expect(latest).toContainText("StreamingContext has already been stopped");
      await screenshot(page, "03-lifecycle", language);
      await next(page);
      await page.getByTestId("lifecycle-stopAll").click();
      await page.getByTestId("lifecycle-secondContext").click();
      await expect(latest).toContainText("Cannot call methods on a stopped SparkContext.");
      await expectSolved(page);
    });

    test("4 · outputs: nothing runs without an output operation", async ({ page }) => {
      await startLesson(page, language, "04-outputs.json");
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await expect(page.getByTestId("lesson-panel")).toHaveAttribute("data-waves", "0");
      await next(page);
      const counts = node(page, "counts");
      const print = await dropFromPalette(page, "print", 500, 80);
      await connect(page, counts, print);
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      await expect(page.locator(".console-line, .console pre, [data-testid=console]").first()).toBeVisible();
      await screenshot(page, "04-outputs", language);
      await next(page);
      const sink = await dropFromPalette(page, "foreachRDD", 500, 420);
      await connect(page, counts, sink);
      await runChallenge(page, 2);
    });

    test("5 · windows: the covered batches are the ones the window's RDD holds", async ({ page }) => {
      await startLesson(page, language, "05-windows.json");
      await next(page);
      const timeline = page.locator("[data-testid=window-timeline][data-node=window]");
      await expect(timeline).toHaveAttribute("data-covered-times", "3000,4000,5000");
      const inputs = (await timeline.getAttribute("data-covered-input"))!.split(",").map(Number);
      const windowCount = Number(await timeline.getAttribute("data-window-count"));
      expect(inputs.every((n) => n > 0)).toBe(true);
      expect(inputs.reduce((a, b) => a + b, 0)).toBe(windowCount);
      await screenshot(page, "05-windows", language);
      await next(page);
      const counts = page.locator("[data-testid=window-timeline][data-node=counts]");
      await expect(counts.locator("li.is-emitted")).toHaveCount(3); // 2, 4 and 6 s: every second batch
      await next(page);
      await setCodeParam(page, "counts", "invFn", "(a, b) => a - b");
      await expect(page.getByTestId("lesson-step-done")).toBeVisible();
      await next(page);
      const without = Number(await counts.getAttribute("data-work-without"));
      const withInverse = Number(await counts.getAttribute("data-work-with"));
      expect(withInverse).toBeGreaterThan(0);
      expect(withInverse).toBeLessThanOrEqual(without);
      await next(page);
      await node(page, "counts").click();
      await page.locator("#param-counts-windowMs").fill("6");
      await page.locator("#param-counts-slideMs").fill("2");
      await stepBatches(page, 6);
      await expectSolved(page);
    });
  });
}

test("a lesson link opens at its challenge, a broken one says why", async ({ page }) => {
  await openLesson(page, "en", "windows", true);
  await expect(page.getByTestId("lesson-challenge")).toBeVisible();
  await settled(page);
  await page.goto("/#lesson=nope");
  await expect(page.getByText('There is no lesson "nope".')).toBeVisible();
});
