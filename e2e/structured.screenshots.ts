// Captures docs/screenshots/ of Structured Streaming at 1440x900 and 1024x768: the guide's windowed
// word count after its five triggers (event-time plot with the dropped donkey, result table), Spark's
// Structured Streaming charts, and the side-by-side view. Not a test:
//   npx tsx e2e/structured.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/, E2E_PORT for the port)
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { startPreview } from "../bench/ui-fps/previewServer";
import { chromiumPath } from "./chromium";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

async function openExample(page: Page, title: string) {
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: `Open ${title}`, exact: true }).click();
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startPreview(Number(process.env.E2E_PORT ?? 4182));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(server.url);
      await openExample(page, "Windowed word count with watermark (Structured Streaming)");
      for (let i = 1; i <= 5; i++) {
        await page.getByRole("button", { name: "Step", exact: true }).click();
        await page.locator(`section[aria-label="Structured Streaming run"][data-triggers="${i}"]`).waitFor();
      }
      await page.getByTestId("result-table").getByRole("combobox").selectOption("1");
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}structured-event-time-${width}.png` });
      await page.getByRole("tab", { name: "Charts" }).click();
      await page.getByTestId("chart-structured-droppedRows").waitFor();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${out}structured-charts-${width}.png` });

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
      await page.screenshot({ path: `${out}structured-side-by-side-${width}.png` });
      if (errors.length > 0) throw new Error(errors.join("\n"));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
