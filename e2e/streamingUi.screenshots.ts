// Captures docs/screenshots/ of Spark's Streaming tab with a backlog (Active Batches above Completed
// Batches) at 1440x900 and 1024x768. Not a test:
//   npx tsx e2e/streamingUi.screenshots.ts        (BENCH_NO_BUILD=1 to reuse dist/)
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { startPreview } from "../bench/ui-fps/previewServer";
import { chromiumPath } from "./chromium";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4193));
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
      await page.goto(server.url);
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
      await page.screenshot({ path: `${out}streaming-active-batches-${width}.png` });
      if (errors.length > 0) throw new Error(errors.join("\n"));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
