// The side-by-side view: the gallery's pair runs a DStream window on processing time and a Structured
// Streaming window on event time with a watermark over the same seeded readings; the late readings end
// differently (counted where they arrived, or dropped behind the watermark).
import { expect, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

test("side by side: the same late readings counted by the DStream window, dropped by the watermark", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: "Open Side by side: DStream window vs. event-time window" }).click();
  const view = page.getByTestId("compare-view");
  await expect(view).toBeVisible();
  await expect(page.getByTestId("compare-explanation")).toContainText("watermark");
  await expect(view).toHaveAttribute("data-phase", "ready", { timeout: 30_000 });

  const dstream = page.getByTestId("compare-side-0");
  const structured = page.getByTestId("compare-side-1");
  for (let i = 1; i <= 14; i++) {
    await page.getByRole("button", { name: "Step both" }).click();
    await expect(dstream).toHaveAttribute("data-steps", String(i), { timeout: 20_000 });
    await expect(structured).toHaveAttribute("data-steps", String(i), { timeout: 20_000 });
  }
  // The DStream side drops nothing: its late readings are counted in the window they arrived in.
  await expect(dstream).toHaveAttribute("data-dropped", "0");
  expect(Number(await dstream.getAttribute("data-late"))).toBeGreaterThan(0);
  // The structured side drops the readings behind its watermark, and marks them on its plot.
  expect(Number(await structured.getAttribute("data-dropped"))).toBeGreaterThan(0);
  await expect(page.getByTestId("compare-plot-1").getByTestId("late-dropped-dot").first()).toBeVisible();
  await expect(page.getByTestId("compare-plot-0").getByTestId("late-dropped-dot")).toHaveCount(0);
  // Different windows, different results: processing-time windows against event-time windows.
  const left = await page.getByTestId("compare-result-0").locator("tbody").textContent();
  const right = await page.getByTestId("compare-result-1").locator("tbody").textContent();
  expect(left?.length).toBeGreaterThan(0);
  expect(right?.length).toBeGreaterThan(0);
  expect(left).not.toEqual(right);
  await page.getByRole("button", { name: "Close" }).click();
  await expect(view).toHaveCount(0);
  expect(errors).toEqual([]);
});
