// Captures docs/screenshots/ of the sinks' panes at 1440x900 and 1024x768: the Tables tab (a word count
// written to IndexedDB by a "foreachRDD → database" node) and the Outputs tab's saveAsTextFiles zip.
// Not a test:  npx tsx e2e/sourcesSinks.screenshots.ts     (BENCH_NO_BUILD=1 to reuse dist/)
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { startPreview } from "../bench/ui-fps/previewServer";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { chromiumPath } from "./chromium";
import { allowSharedPipeline } from "./consent";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

function pipeline(): PipelineDocument {
  const doc = JSON.parse(
    readFileSync(new URL("../public/examples/socket-word-count.json", import.meta.url), "utf8"),
  ) as PipelineDocument;
  const lines = doc.nodes.find((n) => n.id === "lines")!;
  lines.params = { ...lines.params, rate: 30 };
  doc.nodes.push(
    {
      id: "db",
      kind: "saveToDatabase",
      label: "db",
      position: { x: 940, y: -80 },
      params: { table: "word_counts", file: "studio.db" },
    },
    {
      id: "files",
      kind: "saveAsTextFiles",
      label: "files",
      position: { x: 940, y: 320 },
      params: { prefix: "output/counts", suffix: "txt" },
    },
  );
  doc.edges.push(
    { id: "e-db", source: "wordCounts", target: "db" },
    { id: "e-files", source: "wordCounts", target: "files" },
  );
  return doc;
}

async function stepThree(page: Page) {
  const panel = page.getByRole("region", { name: "Live simulation" });
  for (let i = 1; i <= 3; i++) {
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await page.locator(`section.bottom-panel[data-completed-batches="${i}"]`).waitFor();
  }
  return panel;
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 5303));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const errors: string[] = [];
  try {
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${server.url}/#p=${encodePipeline(pipeline())}`);
      await allowSharedPipeline(page);
      const panel = await stepThree(page);
      await panel.getByRole("tab", { name: "Tables" }).click();
      await page.getByTestId("table-rows").waitFor();
      await page.screenshot({ path: `${out}sinks-tables-${width}.png` });
      await panel.getByRole("tab", { name: /^Outputs/ }).click();
      await panel.getByRole("button", { name: /Download all as zip/ }).waitFor();
      await page.screenshot({ path: `${out}sinks-zip-${width}.png` });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (errors.length > 0) throw new Error(errors.join("\n"));
  console.log("console clean; screenshots in docs/screenshots/sinks-*.png");
}

await main();
