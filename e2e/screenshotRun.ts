// What every docs/screenshots/ script shares: build and serve the app, launch the system's Chromium,
// open one page per viewport, and fail when that page logged an error, so a screenshot never shows a
// broken state silently. Each script only says what to click and what to capture.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { startPreview } from "../bench/ui-fps/previewServer";
import { chromiumPath } from "./chromium";

/** The folder the screenshots go to, with a trailing slash. */
export const screenshotDir = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

export const wideAndSmall: ReadonlyArray<readonly [number, number]> = [
  [1440, 900],
  [1024, 768],
];

export interface ShotContext {
  page: Page;
  /** The served app's address, without a trailing slash. */
  url: string;
  width: number;
  height: number;
  /** Writes `docs/screenshots/<name>.png`. */
  shoot(name: string): Promise<void>;
}

/**
 * Runs `capture` once per viewport on a freshly built app (BENCH_NO_BUILD=1 reuses dist/). The port
 * comes from E2E_PORT, then BENCH_PORT, then `defaultPort`, so parallel scripts need not collide.
 */
export async function screenshotRun(
  defaultPort: number,
  capture: (ctx: ShotContext) => Promise<void>,
  viewports: ReadonlyArray<readonly [number, number]> = wideAndSmall,
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? process.env.BENCH_PORT ?? defaultPort);
  const server = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    for (const [width, height] of viewports) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(server.url);
      const shoot = async (name: string) => {
        await page.screenshot({ path: `${screenshotDir}${name}.png` });
      };
      await capture({ page, url: server.url, width, height, shoot });
      if (errors.length > 0)
        throw new Error(`the page logged errors at ${width}x${height}:\n${errors.join("\n")}`);
      await page.close();
    }
    console.log(`screenshots written to ${screenshotDir}`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs a screenshot script's main and exits non-zero with its message when it fails. */
export function runScript(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
