// Export and share (issue 7): export a built pipeline as TypeScript from the dialog and as a link, open
// the link in a fresh browser context (no stored pipelines), and find the same graph.
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import LZString from "lz-string";

const KINDS = ["textLines", "flatMap", "map", "reduceByKey", "print"];

/** Drops a palette kind onto the canvas at (x, y) and returns the new node. */
async function dropFromPalette(page: Page, kind: string, x: number, y: number): Promise<Locator> {
  const before = await page.locator(".react-flow__node").count();
  await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId("canvas"), { targetPosition: { x, y } });
  await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
  return page.locator(`.react-flow__node:has([data-kind="${kind}"])`).last();
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function centerOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("handle not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags from `from`'s output handle to `to`'s input handle, releasing only once React Flow marks the
 * target as the connection's end; a drag that misses (the editor re-rendering mid-drag) is retried.
 */
async function connectNodes(page: Page, from: Locator, to: Locator) {
  const source = from.locator(".react-flow__handle.source");
  const target = to.locator(".react-flow__handle.target");
  for (let attempt = 1; ; attempt++) {
    const a = await centerOf(source);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(a.x + 30, a.y + 10, { steps: 5 });
    const b = await centerOf(target);
    await page.mouse.move(b.x, b.y, { steps: 10 });
    try {
      await expect(target).toHaveClass(/connectingto/, { timeout: 2000 });
      await page.mouse.up();
      return;
    } catch (e) {
      await page.mouse.up();
      if (attempt === 3) throw e;
    }
  }
}

async function graphOf(page: Page) {
  const nodes = page.locator(".react-flow__node");
  const kinds = await nodes
    .locator("[data-kind]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
  return { kinds: kinds.sort(), edges: await page.locator(".react-flow__edge").count() };
}

test("exports a built pipeline as TypeScript and as a link that opens the same graph", async ({
  page,
  browser,
}) => {
  const errors = collectErrors(page);
  await page.goto("/");
  const nodes = [];
  // Two columns, far enough apart for clean drags, clear of the minimap and the zoom controls.
  for (const [i, kind] of KINDS.entries())
    nodes.push(await dropFromPalette(page, kind, i % 2 === 0 ? 180 : 520, 60 + Math.floor(i / 2) * 180));
  for (let i = 0; i + 1 < nodes.length; i++) await connectNodes(page, nodes[i], nodes[i + 1]);
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);
  const built = await graphOf(page);

  // TypeScript from the export dialog: shown highlighted, and downloadable.
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog.getByRole("tab", { name: "TypeScript" })).toHaveAttribute("aria-selected", "true");
  const code = dialog.locator(".cm-content");
  await expect(code).toContainText(
    'import { StreamingContext, TextLinesReceiver } from "dstream-studio/engine";',
  );
  await expect(code).toContainText(".reduceByKey((a, b) => a + b)");
  await expect(dialog.locator(".cm-content .tok-keyword, .cm-content [class*='ͼ']").first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ts$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text).toContain("await ssc.advance(BATCHES);");
  expect(text).toContain(".print(10);");

  // Other tabs switch the code; PySpark says which functions became stubs (none here).
  await dialog.getByRole("tab", { name: "PySpark" }).click();
  await expect(code).toContainText("ssc.socketTextStream(");
  await expect(dialog.getByRole("note")).toContainText("Every function was translated");
  // The graph as images for slides.
  for (const format of ["PNG", "SVG"]) {
    const [image] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: format }).click(),
    ]);
    expect(image.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    const bytes = readFileSync((await image.path())!);
    if (format === "PNG") expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    else expect(bytes.toString()).toContain("DStream.flatMap");
  }
  await dialog.getByRole("button", { name: "Close" }).click();

  // The share link holds the pipeline; a fresh context (empty IndexedDB) opens it.
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(link).toMatch(/#p=[A-Za-z0-9+\-$]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(link);
  await expect(other.locator(".react-flow__node")).toHaveCount(KINDS.length);
  await expect(other.locator(".react-flow__edge")).toHaveCount(4);
  expect(await graphOf(other)).toEqual(built);
  expect(new URL(other.url()).hash).toBe(""); // a reload does not import it again
  await fresh.close();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test("a Structured Streaming query exports as Scala, PySpark and TypeScript programs of its query", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page
    .getByRole("button", {
      name: "Open Windowed word count with watermark (Structured Streaming)",
      exact: true,
    })
    .click();
  await expect(page.getByTestId("pipeline-mode")).toHaveText("Structured Streaming");

  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  const code = dialog.locator(".cm-content");
  // The editor draws only the lines in view: the programs' first lines are checked here, the rest in the file.
  await expect(code).toContainText(
    'import { parsePipeline, StructuredSession } from "dstream-studio/engine";',
  );

  await dialog.getByRole("tab", { name: "Scala" }).click();
  await expect(dialog.getByRole("tab", { name: "Scala" })).toHaveAttribute("aria-selected", "true");
  await expect(code).toContainText("object WindowedWordCountWithWatermark {");
  // A Structured Streaming program builds against spark-sql, not the DStream library.
  await expect(dialog.getByRole("note")).toContainText("spark-sql");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("WindowedWordCountWithWatermark.scala");
  expect(readFileSync((await download.path())!, "utf8")).toContain(
    ".trigger(Trigger.AvailableNow()).start()",
  );

  await dialog.getByRole("tab", { name: "PySpark" }).click();
  await expect(code).toContainText("SparkSession.builder.appName(");
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("import refuses a bad document with its reasons and keeps the current pipeline", async ({ page }) => {
  await page.goto("/");
  await dropFromPalette(page, "map", 300, 150);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import a pipeline" });
  await dialog
    .getByRole("textbox")
    .fill('{"version": 1, "batchIntervalMs": 1000, "nodes": [{"id": "a", "kind": "teleport"}]}');
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText('unknown node kind "teleport"');
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(1);

  // A pasted share link imports as a new pipeline.
  const doc = JSON.parse(readFileSync("public/examples/union.json", "utf8"));
  const link = `http://example.org/#p=${LZString.compressToEncodedURIComponent(JSON.stringify(doc))}`;
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await dialog.getByRole("textbox").fill(link);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(".react-flow__node")).toHaveCount(doc.nodes.length);
});
