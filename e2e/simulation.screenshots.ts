// Captures docs/screenshots/ of a running pipeline (charts, batch table, records drawer). Not a test:
//   npx tsx e2e/simulation.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/)
import type { Page } from "@playwright/test";
import { runScript, screenshotRun } from "./screenshotRun";

async function openExample(page: Page, title: RegExp) {
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: new RegExp(`^Open .*${title.source}`, "i") }).click();
}

async function tab(page: Page, name: string) {
  await page
    .getByRole("region", { name: "Live simulation" })
    .getByRole("tab", { name: new RegExp(`^${name}`) })
    .click();
}

runScript(() =>
  screenshotRun(
    4192,
    async ({ page, shoot }) => {
      await openExample(page, /windowed word count(?! with)/);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await page.waitForTimeout(9_000);
      await shoot("simulation-charts");
      await tab(page, "Batches");
      await shoot("simulation-batches");
      await page.getByRole("button", { name: "Pause", exact: true }).click();
      await page.getByTestId("node-windowedCounts").click();
      await tab(page, "Records");
      await page.locator(".inspector .cm-content").first().waitFor(); // the code editor loads lazily
      await shoot("simulation-records");

      await openExample(page, /backpressure/);
      await page.getByLabel("Speed").selectOption("max");
      await page.getByRole("button", { name: "Run", exact: true }).click();
      // Let the delay build up over a few dozen batches, then let backpressure drain it.
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector("[aria-label='Live simulation']")?.getAttribute("data-completed-batches"),
          ) >= 25,
        undefined,
        { timeout: 60_000 },
      );
      await page.getByRole("region", { name: "Live simulation" }).getByLabel("Backpressure").check();
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector("[aria-label='Live simulation']")?.getAttribute("data-completed-batches"),
          ) >= 90,
        undefined,
        { timeout: 60_000 },
      );
      await tab(page, "Charts");
      await shoot("simulation-backpressure");
    },
    [[1440, 900]],
  ),
);
