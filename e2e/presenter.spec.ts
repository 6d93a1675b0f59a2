// Presenter mode for a projector at 1024x768: large type, high contrast, slow motion, a pointer
// highlight, N for the next lesson step, and nothing overflowing the screen, in English and Korean.
import { expect, type Page, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

/** Nothing wider than the window: no sideways scroll, every toolbar control in its one row on screen. */
async function expectNothingOverflows(page: Page, width: number) {
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    cut: [
      ...document.querySelectorAll<HTMLElement>(
        "header.toolbar button, header.toolbar select, .lesson-panel",
      ),
    ]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5;
      })
      .map((el) => el.getAttribute("aria-label") ?? el.className),
  }));
  expect(overflow.page).toBeLessThanOrEqual(width);
  expect(overflow.cut).toEqual([]);
  expect((await page.locator("header.toolbar").boundingBox())!.height).toBeLessThan(70);
}

for (const language of ["en", "ko"] as const) {
  test(`presenter mode at 1024x768: large type, contrast, slow motion, pointer, next-step key (${language})`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript((l) => {
      if (window === window.top) localStorage.setItem("dstream-studio:language", l);
    }, language);
    await page.goto("/#lesson=windows");
    await expect(page.getByTestId("lesson-panel")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("lesson-panel")).toHaveAttribute("data-settled", "true", {
      timeout: 60_000,
    });

    const textBefore = await fontSize(page, ".lesson-text");
    const buttonBefore = await fontSize(page, "header.toolbar .btn-run");

    await page.getByTestId("presenter-button").click();
    await expect(page.locator("html")).toHaveClass(/is-presenter/);
    await expect(page.getByTestId("presenter-button")).toHaveAttribute("aria-pressed", "true");

    // Large type.
    expect(await fontSize(page, ".lesson-text")).toBeGreaterThanOrEqual(textBefore * 1.2);
    expect(await fontSize(page, "header.toolbar .btn-run")).toBeGreaterThan(buttonBefore);
    // High contrast: black text on white (light theme).
    const colors = await page.locator(".lesson-text").evaluate((el) => ({
      text: getComputedStyle(el).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colors.text).toBe("rgb(0, 0, 0)");
    expect(colors.page).toBe("rgb(255, 255, 255)");
    // Slow motion: the simulation at half speed.
    await expect(page.locator(".run-controls select")).toHaveValue("0.5");
    // The pointer highlight follows the mouse.
    await page.mouse.move(400, 300);
    await expect(page.getByTestId("pointer-spot")).toBeVisible();
    await expect
      .poll(() => page.getByTestId("pointer-spot").evaluate((el) => (el as HTMLElement).style.transform))
      .toBe("translate(400px, 300px)");

    await expectNothingOverflows(page, 1024);

    // N goes to the next step of the lesson.
    const progress = page.getByTestId("lesson-progress");
    const before = (await progress.textContent()) ?? "";
    await page.screenshot({ path: `test-results/presenter-${language}-1024.png` });
    await page.locator("body").click({ position: { x: 5, y: 740 } });
    await page.keyboard.press("n");
    await expect(progress).not.toHaveText(before, { timeout: 30_000 });
    await expectNothingOverflows(page, 1024);

    // Off again: type, speed and panels as they were.
    await page.keyboard.press("Shift+F");
    await expect(page.locator("html")).not.toHaveClass(/is-presenter/);
    await expect(page.locator(".run-controls select")).toHaveValue("1");
    await expect(page.getByTestId("pointer-spot")).toHaveCount(0);
    expect(await fontSize(page, ".lesson-text")).toBeCloseTo(textBefore, 0);
    expect(errors).toEqual([]);
  });
}
