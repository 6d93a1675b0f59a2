// The editor on small screens and projectors: the toolbar fits a 1024 px window, the run panel
// collapses to give the canvas room, and a long pipeline fits the canvas at a readable zoom.

import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";
import { openLesson } from "./lessonsHelpers";

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

/** Every control of the toolbar sits in its one row, inside the window (none wrapped or cut off). */
async function expectOneRow(page: Page, width: number) {
  const boxes = await page.locator("header.toolbar").evaluate((bar) => {
    const top = bar.getBoundingClientRect().top;
    return [...bar.querySelectorAll<HTMLElement>("button, select, input, .run-state")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute("aria-label") ?? el.textContent, top: r.top - top, right: r.right };
      });
  });
  expect(boxes.length).toBeGreaterThan(15);
  for (const b of boxes) {
    expect(b.right, `${b.name} is cut off`).toBeLessThanOrEqual(width);
    expect(b.top, `${b.name} wrapped to a second row`).toBeLessThan(20);
  }
  const toolbar = await page.locator("header.toolbar").boundingBox();
  expect(toolbar!.height).toBeLessThan(60);
}

for (const [language, names, longestState] of [
  [
    "en",
    ["Run", "Pause", "Step", "Stop", "Lessons", "Examples", "Import", "Export", "Share", "Presenter"],
    "stopping",
  ],
  [
    "ko",
    ["실행", "일시정지", "한 배치", "중지", "수업", "예제", "가져오기", "내보내기", "공유", "발표"],
    "비정상 종료",
  ],
] as const) {
  test(`at 1024 px the toolbar is one row with every button on screen (${language})`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto("/");
    if (language === "ko") {
      await page.getByTestId("language-switch").selectOption("ko");
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    }
    for (const name of names) await expectInside(page, name, 1024);
    const view = language === "en" ? ["Presentation mode", "Help"] : ["발표 모드", "도움말"];
    for (const name of view) await expectInside(page, name, 1024);
    await expect(page.getByTestId("language-switch")).toBeVisible();
    await expectOneRow(page, 1024);
    // The run state's chip at its longest word still leaves the row whole.
    await page.getByTestId("run-state").evaluate((el, text) => {
      el.textContent = text;
    }, longestState);
    await expectOneRow(page, 1024);
    expect(errors).toEqual([]);
  });
}

test("the toolbar is one row at common laptop and projector widths", async ({ page }) => {
  for (const width of [1440, 1366, 1280, 1180]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await expectOneRow(page, width);
  }
});

test("at 1024 px every palette name is whole: long ones wrap between words, none is clipped", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  const labels = page.locator(".palette-label");
  await expect(labels.first()).toBeVisible();
  expect(await labels.count()).toBeGreaterThan(20);
  const cut = await labels.evaluateAll((els) =>
    els
      .filter((el) => {
        // a word broken across lines is wider than the label; a clipped name runs past the palette's edge
        // the words between which a name may wrap: at spaces and where camelCase words meet
        const words = (el.textContent ?? "").split(/ |(?<=[a-z])(?=[A-Z])/);
        const probe = document.createElement("span");
        probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
        el.appendChild(probe);
        const widest = Math.max(
          ...words.map((w) => {
            probe.textContent = w;
            return probe.getBoundingClientRect().width;
          }),
        );
        probe.remove();
        const box = el.getBoundingClientRect();
        const shown = el.closest(".palette-groups")?.getBoundingClientRect();
        const clipped =
          el.scrollWidth > el.clientWidth + 1 || (shown !== undefined && box.right > shown.right);
        return clipped || widest > box.width + 1;
      })
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
});

test("the minimap shows only with a pipeline and room for it beside the side panels", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await expect(page.getByTestId("canvas")).toBeVisible();
  await expect(page.locator(".react-flow__minimap")).toHaveCount(0); // empty canvas: nothing to map
  await page.goto(`/#p=${encodePipeline(longChain(3))}`);
  await allowSharedPipeline(page);
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  // a lesson open beside the palette and the inspector squeezes the canvas under 720 px
  await openLesson(page, "en", "sources-sinks");
  expect((await page.getByTestId("canvas").boundingBox())!.width).toBeLessThan(720);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(page.locator(".react-flow__minimap")).toHaveCount(0);
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
