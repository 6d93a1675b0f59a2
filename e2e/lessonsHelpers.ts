// Driving the lesson player in the e2e specs, in either language: only test ids and ids, never the
// words of the interface (the same steps run in English and Korean).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

export type Language = "en" | "ko";
export const LANGUAGES: readonly Language[] = ["en", "ko"];

/** A built-in lesson file, to compare what the panel shows with what the file says. */
export function lessonFile(file: string) {
  return JSON.parse(readFileSync(join(import.meta.dirname, "../public/lessons", file), "utf8"));
}

/** Opens the studio in `language` with a lesson from its link. */
export async function openLesson(page: Page, language: Language, id: string, atChallenge = false) {
  await page.addInitScript((lang) => localStorage.setItem("dstream-studio:language", lang), language);
  await page.goto(`/#lesson=${id}${atChallenge ? "&at=challenge" : ""}`);
  await expect(page.getByTestId("lesson-panel")).toBeVisible({ timeout: 30_000 });
  await settled(page);
}

/** Waits for the step's own actions (loads, batches) to finish. */
export async function settled(page: Page) {
  await expect(page.getByTestId("lesson-panel")).toHaveAttribute("data-settled", "true", {
    timeout: 120_000,
  });
  await expect(page.getByTestId("lesson-action-error")).toHaveCount(0);
}

/**
 * Opens a built-in lesson (its file under public/lessons/) in `language`, checks that the panel shows the
 * file's title and first step, and returns the file.
 */
export async function startLesson(page: Page, language: Language, fileName: string) {
  const file = lessonFile(fileName);
  await openLesson(page, language, file.id);
  await expect(page.getByTestId("lesson-title")).toHaveText(file.title[language]);
  await expectStepText(page, language, file.steps[0].text);
  return file;
}

/** A node of the canvas by its id. */
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function next(page: Page) {
  await expect(page.getByTestId("lesson-next")).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId("lesson-next").click();
  await settled(page);
}

export async function expectStepText(page: Page, language: Language, text: { en: string; ko: string }) {
  await expect(page.getByTestId("lesson-text")).toHaveText(text[language]);
}

const runButton = (page: Page, index: number) => page.locator(".run-controls .btn").nth(index);
export const stepButton = (page: Page) => runButton(page, 2);
export const stopButton = (page: Page) => runButton(page, 3);

/** Stops the run if one is on (the toolbar's Stop). */
export async function stopRun(page: Page) {
  if (await stopButton(page).isEnabled()) await stopButton(page).click();
  await expect(stopButton(page)).toBeDisabled();
}

/** Steps `n` batches with the toolbar's Step, each waited for in the batch count. */
export async function stepBatches(page: Page, n: number) {
  const panel = page.getByTestId("lesson-panel");
  for (let i = 0; i < n; i++) {
    const before = Number(await panel.getAttribute("data-waves"));
    await stepButton(page).click();
    await expect(panel).toHaveAttribute("data-waves", String(before + 1), { timeout: 30_000 });
    await expect(stepButton(page)).toBeEnabled();
  }
}

export async function setBatchIntervalSeconds(page: Page, seconds: number) {
  const input = page.locator(".toolbar-field input[type=number]").first();
  await input.fill(String(seconds));
}

export async function setCodeParam(page: Page, nodeId: string, param: string, code: string) {
  const editor = page.locator(`#param-${nodeId}-${param} .cm-content`);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

export async function expectSolved(page: Page) {
  await expect(page.getByTestId("lesson-solved")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("[data-testid=lesson-check][data-passed=false]")).toHaveCount(0);
}

/** The challenge's last move: a new run of `batches` stepped batches, after which every check passes. */
export async function runChallenge(page: Page, batches: number) {
  await stopRun(page);
  await stepBatches(page, batches);
  await expectSolved(page);
}

export async function screenshot(page: Page, name: string, language: Language) {
  if (!process.env.LESSON_SCREENSHOTS) return;
  // The run panel's panes load when first shown: picture the pane, not its "Loading…".
  await expect(page.locator(".pane-loading")).toHaveCount(0);
  await page.screenshot({
    path: join(import.meta.dirname, "../docs/lessons", `${name}-${language}.png`),
  });
}
