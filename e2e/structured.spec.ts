// Structured Streaming in the studio: a query is chosen when the pipeline is created and has its own
// palette; an event-time windowed count with a watermark is built on the canvas and run trigger by
// trigger: late rows are marked dropped on the event-time plot and the result table follows the output
// mode.
import { expect, type Page, test } from "@playwright/test";
import { collectErrors, connect, dropFromPalette, setCode } from "./editorHelpers";

/**
 * The guide's late-data example: an empty trigger moves the watermark to 12:11, then the 12:04 "donkey"
 * arrives behind it.
 */
const GUIDE_ROWS = JSON.stringify([
  [
    ["2026-12-02 12:07:00", "dog"],
    ["2026-12-02 12:08:00", "owl"],
  ],
  [
    ["2026-12-02 12:14:00", "dog"],
    ["2026-12-02 12:09:00", "cat"],
  ],
  [
    ["2026-12-02 12:15:00", "cat"],
    ["2026-12-02 12:08:00", "dog"],
    ["2026-12-02 12:13:00", "owl"],
    ["2026-12-02 12:21:00", "owl"],
  ],
  [],
  [
    ["2026-12-02 12:04:00", "donkey"],
    ["2026-12-02 12:17:00", "owl"],
  ],
]);

async function newStructuredQuery(page: Page) {
  await page.getByRole("button", { name: /^Pipelines \(open:/ }).click();
  const dialog = page.getByRole("dialog", { name: "Pipelines" });
  await dialog.getByRole("radio", { name: "a Structured Streaming query" }).check();
  await dialog.getByRole("button", { name: "New pipeline" }).click();
  await expect(page.getByTestId("pipeline-mode")).toHaveText("Structured Streaming");
}

async function buildWindowedCount(page: Page) {
  await page.getByRole("button", { name: "Zoom Out" }).click();
  await page.getByRole("button", { name: "Zoom Out" }).click();
  await expect(page.locator(".react-flow__viewport")).toHaveAttribute("style", /scale\(0\.694/);
  const source = await dropFromPalette(page, "structured.memoryStream", 110, 110);
  const watermark = await dropFromPalette(page, "structured.withWatermark", 380, 110);
  const counts = await dropFromPalette(page, "structured.groupBy", 110, 300);
  const sink = await dropFromPalette(page, "structured.writeStream", 380, 300);
  await connect(page, source, watermark);
  await connect(page, watermark, counts);
  await connect(page, counts, sink);
  await source.click();
  await setCode(page, "Rows per trigger", GUIDE_ROWS);
  return { source, watermark, counts, sink };
}

async function stepTriggers(page: Page, n: number) {
  const panel = page.getByRole("region", { name: "Structured Streaming run" });
  for (let i = 1; i <= n; i++) {
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await expect(panel).toHaveAttribute("data-triggers", String(i), { timeout: 20_000 });
  }
}

test.describe("Structured Streaming", () => {
  test("a new query gets the structured palette; a DStream pipeline keeps its own", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await expect(page.getByTestId("palette-flatMap")).toBeVisible();
    await expect(page.getByTestId("palette-structured.withWatermark")).toHaveCount(0);
    await newStructuredQuery(page);
    await expect(page.getByText("Build a Structured Streaming query")).toBeVisible();
    await expect(page.getByTestId("palette-structured.withWatermark")).toBeVisible();
    await expect(page.getByTestId("palette-flatMap")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Sinks (writeStream)" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("builds an event-time windowed count with a watermark, runs it: late rows dropped, output modes", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await newStructuredQuery(page);
    const { watermark, sink } = await buildWindowedCount(page);

    // Validation at the field: a delay that is no interval is refused where it was typed.
    await watermark.click();
    const delay = page.getByTestId("node-inspector").getByLabel("Delay");
    await delay.fill("ten minutes");
    await expect(page.getByTestId("node-inspector")).toContainText(/interval/i);
    await delay.fill("10 minutes");
    await expect(page.getByTestId("node-error-badge")).toHaveCount(0);

    // Update mode (writeStream's default), one trigger per batch of rows.
    await stepTriggers(page, 5);
    const plot = page.getByTestId("event-time-plot");
    await expect(plot.getByTestId("late-dropped-dot")).toHaveCount(1);
    await expect(plot.getByTestId("late-dropped-dot").locator("title")).toContainText("donkey");
    await expect(plot.getByTestId("watermark-line")).toBeVisible();
    await expect(page.getByTestId("dropped-count")).toHaveText("1 late row dropped");
    const table = page.getByTestId("result-table");
    await expect(table).toHaveAttribute("data-output-mode", "update");
    // Trigger 4 (the donkey's) updates only owl's windows; nothing for the dropped row.
    await expect(table.locator("tbody tr")).not.toHaveCount(0);
    await expect(table).not.toContainText("donkey");
    // Trigger 1 (12:14 dog, 12:09 cat): dog's [12:05, 12:15] window was 1 and is now 2.
    await table.getByRole("combobox").selectOption("1");
    const dog = table.locator("tbody tr", { hasText: "[12:05, 12:15]" }).filter({ hasText: "dog" });
    await expect(dog).toHaveAttribute("data-change", "updated");
    await expect(dog).toContainText("(was 1)");

    // Append mode: a window is written once, after the watermark passed its end.
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await sink.click();
    await page.getByTestId("node-inspector").getByLabel("Output mode").selectOption("append");
    await stepTriggers(page, 5);
    await expect(table).toHaveAttribute("data-output-mode", "append");
    await table.getByRole("combobox").selectOption("0");
    await expect(table.locator("tbody tr")).toHaveCount(0);
    await expect(table).toContainText("append mode emits a window only once the watermark passes its end");
    await expect(plot.getByTestId("late-dropped-dot")).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});
