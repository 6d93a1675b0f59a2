// Captures docs/screenshots/ of a running pipeline (charts, batch table, records drawer). Not a test:
//   npx tsx e2e/simulation.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/)
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { startPreview } from "../bench/ui-fps/previewServer";
import { chromiumPath } from "./chromium";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

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

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4192));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await openExample(page, /windowed word count(?! with)/);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForTimeout(9_000);
    await page.screenshot({ path: `${out}simulation-charts.png` });
    await tab(page, "Batches");
    await page.screenshot({ path: `${out}simulation-batches.png` });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await page.getByTestId("node-windowedCounts").click();
    await tab(page, "Records");
    await page.locator(".inspector .cm-content").first().waitFor(); // the code editor loads lazily
    await page.screenshot({ path: `${out}simulation-records.png` });

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
    await page.screenshot({ path: `${out}simulation-backpressure.png` });
    console.log(`screenshots written to ${out}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
