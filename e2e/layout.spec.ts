// The editor on small screens and projectors: the toolbar fits a 1024 px window, the run panel
// collapses to give the canvas room, and a long pipeline fits the canvas at a readable zoom.
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";

/** A chain of `n` nodes: a text source, n - 2 maps, print. */
function longChain(n: number): PipelineDocument {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return {
    version: 1,
    name: "Long chain",
    batchIntervalMs: 1000,
    nodes: ids.map((id, i) => ({
      id,
      kind: i === 0 ? "textLines" : i === n - 1 ? "print" : "map",
      position: { x: i * 300, y: 0 },
      params: i === 0 ? {} : i === n - 1 ? { num: 10 } : { fn: "(x) => x" },
    })),
    edges: ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i]!, target: id })),
  } as PipelineDocument;
}

async function expectInside(page: Page, name: string, width: number) {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  expect(box, name).not.toBeNull();
  expect(box!.x + box!.width, `${name} is cut off`).toBeLessThanOrEqual(width);
}

// fixme: with the Lessons, Presenter and language controls the toolbar no longer fits 1024 px (a button 89 px off).
test.fixme("at 1024 px every toolbar button is on screen, by its accessible name", async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  for (const name of ["Run", "Pause", "Step", "Stop", "Examples", "Import", "Export", "Share"])
    await expectInside(page, name, 1024);
  for (const name of ["Presentation mode", "Help"]) await expectInside(page, name, 1024);
  // The toolbar stays one row tall: the canvas keeps its height.
  const toolbar = await page.locator("header.toolbar").boundingBox();
  expect(toolbar!.height).toBeLessThan(60);
  expect(errors).toEqual([]);
});

test("the run panel collapses to its tab bar and opens again from a tab", async ({ page }) => {
  await page.goto("/");
  const canvas = page.getByTestId("canvas");
  const before = (await canvas.boundingBox())!.height;
  await page.getByRole("button", { name: "Collapse run panel" }).click();
  await expect(page.locator("#bottom-tabpanel")).toBeHidden();
  await expect.poll(async () => (await canvas.boundingBox())!.height).toBeGreaterThan(before + 150);
  await page.getByRole("tab", { name: /^Outputs/ }).click();
  await expect(page.locator("#bottom-tabpanel")).toBeVisible();
  await expect(page.getByRole("button", { name: "Collapse run panel" })).toBeVisible();
});

test("a 9-node pipeline laid out fits the canvas whole, at a readable zoom", async ({ page }) => {
  await page.goto(`/#p=${encodePipeline(longChain(9))}`);
  await allowSharedPipeline(page);
  await expect(page.locator(".react-flow__node")).toHaveCount(9);
  await page.getByRole("button", { name: "Auto-layout" }).click();
  const canvas = (await page.getByTestId("canvas").boundingBox())!;
  // The chain already fits before the layout, at a small zoom, so wait for the end state as a whole:
  // every card inside the canvas AND the title drawn at 12 px or more (18 px cards at >= 0.67x).
  // Polling only the fit would pass on the pre-layout view while the layout is still running.
  await expect
    .poll(
      async () => {
        const boxes = await page.locator(".react-flow__node").evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }),
        );
        const fits = boxes.every(
          (b) =>
            b.left >= canvas.x &&
            b.right <= canvas.x + canvas.width &&
            b.top >= canvas.y &&
            b.bottom <= canvas.y + canvas.height,
        );
        const title = await page.locator(".stream-node-title").first().boundingBox();
        return { fits, readable: (title?.height ?? 0) >= 12 };
      },
      { timeout: 15_000 },
    )
    .toEqual({ fits: true, readable: true });
});
