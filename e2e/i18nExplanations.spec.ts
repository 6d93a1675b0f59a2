// Explanations where the student looks, in both languages: a node with no RDD at a batch time says why
// (between a window's slides) and links to the windows lesson, which the link opens in the player.
import { expect, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

for (const [language, open, why, reason, title] of [
  ["en", "Open Windowed word count", "Why? Lesson 5", "No RDD at this batch time", "Windows"],
  ["ko", "윈도우 단어 세기 열기", "왜? 5강", "이 배치 시간에는 RDD가 없습니다", "윈도우 연산"],
] as const) {
  test(`"no RDD" says why and links to the lesson that explains it (${language})`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript((l) => {
      // Also runs in the sandboxed frames of user functions, which have no storage.
      if (window === window.top) localStorage.setItem("dstream-studio:language", l);
    }, language);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await page.getByTestId("lessons-button").waitFor();
    await page.locator(".files-group .btn").first().click();
    const gallery = page.getByRole("dialog");
    await gallery.getByRole("button", { name: open, exact: true }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    // Batch 1 of a window sliding every 2 batches: the nodes under the window have no RDD yet.
    await page.locator(".run-controls .btn").nth(2).click();
    const link = page.getByTestId("why-noRdd").first();
    await expect(link).toBeVisible({ timeout: 30_000 });
    await expect(link).toHaveText(why);
    await expect(link).toHaveAttribute("title", new RegExp(`^${reason}`));
    // The records drawer links it too, the sentence as the link's tooltip (its card stays one line).
    await page
      .locator(".react-flow__node")
      .filter({ has: page.getByTestId("why-noRdd") })
      .first()
      .click();
    await page.getByRole("tab").nth(3).click();
    await expect(page.getByTestId("records-batch").getByTestId("why-noRdd").first()).toHaveAttribute(
      "title",
      new RegExp(`^${reason}`),
    );
    await link.click();
    await expect(page.getByTestId("lesson-panel")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("lesson-title")).toContainText(title, { timeout: 30_000 });
    expect(errors).toEqual([]);
  });
}
