// Captures the editor's docs/screenshots/ (empty editor, a built pipeline, an error state, dark theme).
// Not a test; run on demand:  npx tsx e2e/editor.screenshots.ts
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "./chromium";
import { dragConnection, setCode } from "./editorHelpers";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const port = Number(process.env.SCREENSHOT_PORT ?? 4193);

/** Builds into a private folder (dist/ may be rebuilt by other scripts meanwhile) and serves it. */
async function serve(): Promise<{ url: string; server: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), "dstream-shots-"));
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", dir], {
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("vite build failed");
  const server = spawn(
    "npx",
    ["vite", "preview", "--outDir", dir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    {
      stdio: "ignore",
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, server };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no preview server at ${url}`);
}

async function openExample(page: Page, title: string) {
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: `Open ${title}`, exact: true }).click();
  await page.waitForTimeout(800); // layout + fit view
}

async function main() {
  mkdirSync(out, { recursive: true });
  const { url, server } = await serve();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByTestId("palette-flatMap").hover();
    await page.screenshot({ path: `${out}editor-empty.png` });

    await openExample(page, "Socket word count");
    await page.getByTestId("node-words").click();
    await page.mouse.move(5, 500);
    await page.screenshot({ path: `${out}editor-built.png` });

    await setCode(page, "Function", '(line) => line.split(" "');
    await page.waitForTimeout(500);
    await dragConnection(
      page,
      page.getByTestId("node-lines").locator(".."),
      page.getByTestId("node-wordCounts").locator(".."),
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}editor-error.png` });

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Dark theme" }).click();
    await openExample(page, "Click stream joined with a user table");
    await page.screenshot({ path: `${out}editor-dark.png` });
    await page.getByRole("button", { name: "Light theme" }).click();
    await openExample(page, "Union of two sources");
    await page.getByRole("button", { name: "Presentation mode" }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}editor-presentation.png` });
    await page.getByRole("button", { name: "Presentation mode" }).click();
    console.log(`screenshots written to ${out}`);
  } finally {
    await browser.close();
    try {
      if (server.pid) process.kill(-server.pid); // the preview runs in its own process group, which we started
    } catch {
      // already gone
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
