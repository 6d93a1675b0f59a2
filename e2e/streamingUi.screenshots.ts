// Captures docs/screenshots/ of Spark's Streaming tab with a backlog (Active Batches above Completed
// Batches) at 1440x900 and 1024x768. Not a test:
//   npx tsx e2e/streamingUi.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/)
import { runScript, screenshotRun } from "./screenshotRun";

runScript(() =>
  screenshotRun(4193, async ({ page, width, shoot }) => {
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: /^Open .*backpressure/i }).click();
    await page.getByLabel("Speed").selectOption("10");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page
      .getByRole("region", { name: "Live simulation" })
      .getByRole("tab", { name: /^Batches/ })
      .click();
    await page
      .getByTestId("active-batches")
      .locator("tbody tr[data-status=queued]")
      .nth(2)
      .waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await shoot(`streaming-active-batches-${width}`);
  }),
);
