// The canvas builder (issue 5): build word count from an empty canvas, undo/redo, refused
// connections, persistence across reloads.
import { expect, type Page, test } from "@playwright/test";
import {
  collectErrors,
  connect,
  dragConnection,
  dropFromPalette,
  setCode,
  waitForSaved,
} from "./editorHelpers";

const edges = (page: Page) => page.locator(".react-flow__edge");

async function buildWordCount(page: Page) {
  // Zoomed out a little so five cards fit the canvas of a 1440x900 window in two rows.
  await page.getByRole("button", { name: "Zoom Out" }).click();
  await page.getByRole("button", { name: "Zoom Out" }).click();
  // The zoom animates: drop only once the view has settled at 1/1.2² ≈ 0.694.
  await expect(page.locator(".react-flow__viewport")).toHaveAttribute("style", /scale\(0\.694/);
  const lines = await dropFromPalette(page, "textLines", 110, 110);
  const words = await dropFromPalette(page, "flatMap", 330, 110);
  const pairs = await dropFromPalette(page, "map", 550, 110);
  const counts = await dropFromPalette(page, "reduceByKey", 330, 300);
  const print = await dropFromPalette(page, "print", 550, 300);
  await connect(page, lines, words);
  await connect(page, words, pairs);
  await connect(page, pairs, counts);
  await connect(page, counts, print);
  await expect(edges(page)).toHaveCount(4);
  return { lines, words, pairs, counts, print };
}

test.describe("canvas builder", () => {
  test("builds word count from an empty canvas, sets the flatMap function, runs and shows counts", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await expect(page.getByText("Build a streaming pipeline")).toBeVisible();
    const { words } = await buildWordCount(page);

    await words.click();
    await expect(page.getByTestId("node-inspector")).toContainText("DStream.flatMap");
    await setCode(page, "Function", '(line) => line.toLowerCase().split(" ")');
    await expect(words).toContainText("toLowerCase");
    // A complete pipeline has no validator errors.
    await expect(page.getByTestId("node-error-badge")).toHaveCount(0);

    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect(page.getByTestId("run-state")).toHaveText("running");
    await page.getByRole("tab", { name: /^Console/ }).click();
    await expect(page.getByTestId("console")).toContainText(/\((to|be|the), ?\d+\)/, { timeout: 20_000 });
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    expect(errors).toEqual([]);
  });

  test("undoes and redoes an edit, by keyboard and by button", async ({ page }) => {
    await page.goto("/");
    const words = await dropFromPalette(page, "flatMap", 300, 150);
    await words.click();
    await setCode(page, "Function", "(line) => line.split(',')");
    await expect(words).toContainText("split(',')");

    await page
      .getByTestId("canvas")
      .locator(".react-flow__pane")
      .click({ position: { x: 40, y: 300 } });
    await page.keyboard.press("ControlOrMeta+z");
    await expect(words).not.toContainText("split(',')");
    await page.keyboard.press("ControlOrMeta+Shift+z");
    await expect(words).toContainText("split(',')");

    await page.getByRole("button", { name: "Undo" }).click(); // the function edit
    await page.getByRole("button", { name: "Undo" }).click(); // the node itself
    await expect(page.locator(".react-flow__node")).toHaveCount(0);
    await page.getByRole("button", { name: "Redo" }).click();
    await expect(page.locator(".react-flow__node")).toHaveCount(1);
  });

  test("refuses invalid connections and says why", async ({ page }) => {
    await page.goto("/");
    const lines = await dropFromPalette(page, "textLines", 150, 120);
    const counts = await dropFromPalette(page, "reduceByKey", 450, 120);
    await dragConnection(page, lines, counts);
    await expect(page.getByTestId("canvas-toast")).toContainText("needs a stream of (key, value) pairs");
    await expect(edges(page)).toHaveCount(0);

    const first = await dropFromPalette(page, "map", 150, 330);
    const second = await dropFromPalette(page, "filter", 450, 330);
    await connect(page, first, second);
    await expect(edges(page)).toHaveCount(1);
    await dragConnection(page, second, first);
    await expect(page.getByTestId("canvas-toast").last()).toContainText("cycle");
    await expect(edges(page)).toHaveCount(1);
  });

  test("deletes with the key and the context menu, duplicates and pastes", async ({ page }) => {
    await page.goto("/");
    const words = await dropFromPalette(page, "flatMap", 300, 150);
    await words.click();
    await page.keyboard.press("ControlOrMeta+d");
    await expect(page.locator(".react-flow__node")).toHaveCount(2);
    await page.keyboard.press("ControlOrMeta+c");
    await page.keyboard.press("ControlOrMeta+v");
    await expect(page.locator(".react-flow__node")).toHaveCount(3);
    await page.keyboard.press("Delete");
    await expect(page.locator(".react-flow__node")).toHaveCount(2);
    await words.click({ button: "right" });
    await page.getByRole("menuitem", { name: /Delete/ }).click();
    await expect(page.locator(".react-flow__node")).toHaveCount(1);
  });

  test("a reload finds the pipeline intact", async ({ page }) => {
    await page.goto("/");
    const lines = await dropFromPalette(page, "textLines", 150, 150);
    const print = await dropFromPalette(page, "print", 450, 150);
    await connect(page, lines, print);
    await print.click();
    await page.getByLabel("Label", { exact: true }).fill("console");
    await waitForSaved(page);

    await page.reload();
    await expect(page.locator(".react-flow__node")).toHaveCount(2);
    await expect(edges(page)).toHaveCount(1);
    await expect(page.getByTestId("node-console")).toBeVisible();
  });

  test("renames a node in place by double-clicking its title", async ({ page }) => {
    await page.goto("/");
    const node = await dropFromPalette(page, "flatMap", 300, 150);
    await node.locator(".stream-node-title").dblclick();
    await page.getByRole("textbox", { name: "Node label" }).fill("words");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("node-words")).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByTestId("node-flatMap")).toBeVisible();
  });

  test("keeps several named pipelines: new, rename, open, duplicate, delete", async ({ page }) => {
    await page.goto("/");
    await dropFromPalette(page, "textLines", 200, 150);
    await waitForSaved(page);
    const menu = page.getByRole("button", { name: /^Pipelines/ });
    const dialog = page.getByRole("dialog", { name: "Pipelines" });
    const rows = dialog.getByTestId("pipeline-row");

    await menu.click();
    await rows.first().getByRole("button", { name: "Rename" }).click();
    await dialog.getByRole("textbox", { name: "Pipeline name" }).fill("First");
    await dialog.getByRole("textbox", { name: "Pipeline name" }).press("Enter");
    await dialog.getByRole("button", { name: "New pipeline" }).click();
    await expect(page.locator(".react-flow__node")).toHaveCount(0);

    await menu.click();
    await expect(rows).toHaveCount(2);
    await rows.filter({ hasText: "First" }).getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("button", { name: "Pipelines (open: First)" })).toBeVisible();
    await expect(page.locator(".react-flow__node")).toHaveCount(1);

    await menu.click();
    await rows.filter({ hasText: "First" }).getByRole("button", { name: "Duplicate" }).click();
    await expect(page.getByRole("button", { name: "Pipelines (open: First (copy))" })).toBeVisible();
    await menu.click();
    await expect(rows).toHaveCount(3);
    const untitled = rows.filter({ hasText: "Untitled" });
    await untitled.getByRole("button", { name: "Delete" }).click();
    await untitled.getByRole("button", { name: "Confirm delete" }).click();
    await expect(rows).toHaveCount(2);
  });

  test("the help dialog lists the keyboard shortcuts", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("canvas")).toBeVisible(); // the app renders once the last session is restored
    await page.locator("body").press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Ctrl+Shift+Z");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });
});
