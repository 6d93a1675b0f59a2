// The whole studio in Korean, area by area: toolbar dialogs, the bottom panel's tabs, node cards and
// the inspector, the validator's findings on a node, a Structured Streaming query with its tabs, and
// the side-by-side view. On each, no visible English sentence is left (API names, code and Spark's own
// messages aside) and nothing is wider than the window. Screenshots go to test-results/i18n-tour/.
import { expect, type Page, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

/** Visible text (and titles, labels, placeholders) that reads as English words with no Korean in it. */
async function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (s: string) => !/[\uac00-\ud7a3]/.test(s) && /[A-Za-z][a-z]+[ ,]+[a-z]{2,}/.test(s);
    // Code, the glossary's English column, and React Flow's own attribution link.
    const skip = "code, pre, kbd, .cm-editor, textarea, [data-testid=glossary], .react-flow__attribution";
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || el.getClientRects().length === 0) continue;
      const text = (n.textContent ?? "").trim();
      if (english(text)) out.add(text);
    }
    for (const el of document.querySelectorAll("[title], [aria-label], [placeholder]")) {
      if (el.closest(skip) || el.getClientRects().length === 0) continue;
      for (const name of ["title", "aria-label", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value && english(value)) out.add(`@${name}: ${value}`);
      }
    }
    return [...out];
  });
}

/** The page never scrolls sideways, and an open dialog fits in the window. */
async function expectFits(page: Page, width: number, height: number) {
  const box = await page.evaluate(() => {
    const dialog = document.querySelector<HTMLElement>("[role=dialog]");
    const r = dialog?.getBoundingClientRect();
    return { scroll: document.documentElement.scrollWidth, right: r?.right ?? 0, bottom: r?.bottom ?? 0 };
  });
  expect(box.scroll).toBeLessThanOrEqual(width);
  expect(box.right).toBeLessThanOrEqual(width + 0.5);
  expect(box.bottom).toBeLessThanOrEqual(height + 0.5);
}

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
] as const) {
  test(`the studio in Korean, area by area, at ${width}x${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      if (window === window.top) localStorage.setItem("dstream-studio:language", "ko");
    });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const left: string[] = [];
    const look = async (area: string) => {
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/i18n-tour/${width}-${area}.png` });
      for (const text of await englishLeft(page)) left.push(`${area}: ${text}`);
      await expectFits(page, width, height);
    };
    const openExample = async (name: string) => {
      await page.getByRole("button", { name: "예제", exact: true }).click();
      await page.getByRole("dialog", { name: "예제" }).getByRole("button", { name, exact: true }).click();
    };

    // The gallery, then a DStream example stepped: node cards, inspector, every bottom-panel tab.
    await page.getByRole("button", { name: "예제", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "예제" }).getByText("소켓 단어 세기")).toBeVisible();
    await look("gallery");
    await page
      .getByRole("dialog", { name: "예제" })
      .getByRole("button", { name: "윈도우 단어 세기 열기" })
      .click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /윈도우 단어 세기/ }).first()).toBeVisible();
    await page.locator('.react-flow__node [data-kind="reduceByKeyAndWindow"]').first().click();
    for (let i = 0; i < 3; i++) {
      await page.getByRole("button", { name: "한 배치", exact: true }).click();
      await page.waitForTimeout(500);
    }
    await expect(page.locator('.react-flow__node [data-kind="print"]')).toContainText("처음 10개");
    const panel = page.locator(".bottom-panel, [data-testid=bottom-panel]").first();
    for (const [i, tab] of (await page.getByRole("tab").all()).entries()) {
      await tab.click();
      await look(`tab-${i}`);
    }
    await expect(panel).toBeVisible();

    // The toolbar's dialogs: export (every language tab), share, help and the glossary, import.
    await page.getByRole("button", { name: "내보내기", exact: true }).first().click();
    const exportDialog = page.getByRole("dialog");
    for (const tab of await exportDialog.getByRole("tab").all()) {
      await tab.click();
      await look(`export-${await tab.textContent()}`);
    }
    // The close button (Escape in the code view belongs to the editor).
    await exportDialog.getByRole("button", { name: "닫기" }).first().click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    for (const [button, area] of [
      ["공유", "share"],
      ["가져오기", "import"],
      ["도움말", "help"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await look(area);
      if (area === "help") {
        await page.getByRole("button", { name: "강의 용어집" }).click();
        await look("glossary");
      }
      await page.getByRole("dialog").last().getByRole("button", { name: "닫기" }).first().click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    }

    // A node the validator finds fault with: its card and the inspector say why, in Korean.
    await page.getByTestId("palette-filter").dragTo(page.getByTestId("canvas"), {
      targetPosition: { x: 140, y: 60 },
    });
    await expect(page.getByText("filter에는 입력이 필요합니다 (현재 0개)").first()).toBeVisible();
    await look("node-error");

    // A new Structured Streaming query from the pipelines menu, then the gallery's query, stepped.
    await page.getByRole("button", { name: /^파이프라인/ }).click();
    await page.getByText("Structured Streaming 쿼리", { exact: true }).click();
    await page.getByRole("button", { name: "새 파이프라인", exact: true }).click();
    await expect(page.getByText("Structured Streaming 쿼리 만들기")).toBeVisible();
    await look("new-structured");
    await openExample("워터마크를 쓰는 윈도우 단어 세기 (Structured Streaming) 열기");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    for (let i = 0; i < 4; i++) {
      await page.getByRole("button", { name: "한 배치", exact: true }).click();
      await page.waitForTimeout(500);
    }
    for (const [i, tab] of (await page.getByRole("tab").all()).entries()) {
      await tab.click();
      await look(`structured-tab-${i}`);
    }

    // The side-by-side view from the gallery, stepped.
    await openExample("나란히 보기: DStream 윈도우와 이벤트 시간 윈도우 열기");
    const compare = page.getByTestId("compare-view");
    await expect(page.getByRole("dialog")).toContainText("늦게 온 센서 측정값");
    for (let i = 0; i < 3; i++) {
      await page.getByRole("button", { name: "둘 다 한 단계" }).click();
      await expect(compare).toHaveAttribute("data-phase", "ready", { timeout: 20_000 });
    }
    await expect(page.getByTestId("compare-steps")).toHaveText("3단계");
    await look("side-by-side");

    expect(left).toEqual([]);
    expect(errors).toEqual([]);
  });
}
