// Captures docs/screenshots/ of Structured Streaming at 1440x900 and 1024x768: the guide's windowed
// word count after its five triggers (event-time plot with the dropped donkey, result table), Spark's
// Structured Streaming charts, and the side-by-side view. Not a test:
//   npx tsx e2e/structured.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/, E2E_PORT for the port)
import type { Page } from "@playwright/test";
import { runScript, screenshotRun } from "./screenshotRun";

async function openExample(page: Page, title: string) {
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: `Open ${title}`, exact: true }).click();
}

runScript(() =>
  screenshotRun(4182, async ({ page, width, shoot }) => {
    await openExample(page, "Windowed word count with watermark (Structured Streaming)");
    for (let i = 1; i <= 5; i++) {
      await page.getByRole("button", { name: "Step", exact: true }).click();
      await page.locator(`section[aria-label="Structured Streaming run"][data-triggers="${i}"]`).waitFor();
    }
    await page.getByTestId("result-table").getByRole("combobox").selectOption("1");
    await page.waitForTimeout(500);
    await shoot(`structured-event-time-${width}`);
    await page.getByRole("tab", { name: "Charts" }).click();
    await page.getByTestId("chart-structured-droppedRows").waitFor();
    await page.waitForTimeout(1500);
    await shoot(`structured-charts-${width}`);

    await openExample(page, "Side by side: DStream window vs. event-time window");
    const view = page.getByTestId("compare-view");
    await page.locator('[data-testid="compare-view"][data-phase="ready"]').waitFor({ timeout: 30_000 });
    for (let i = 1; i <= 14; i++) {
      await page.getByRole("button", { name: "Step both" }).click();
      await page.locator(`[data-testid="compare-side-1"][data-steps="${i}"]`).waitFor();
      await page.locator(`[data-testid="compare-side-0"][data-steps="${i}"]`).waitFor();
    }
    await view.waitFor();
    await page.waitForTimeout(500);
    await shoot(`structured-side-by-side-${width}`);
  }),
);
