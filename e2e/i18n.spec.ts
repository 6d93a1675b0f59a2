// Korean UI: the language switch is remembered across reloads, the main screen and its dialogs speak
// Korean (the lecture's terms), no English UI text is left on the main screen, and Korean labels fit
// at 1024 px. Screenshots in Korean go to docs/screenshots/.
import { expect, type Page, test } from "@playwright/test";
import { en } from "../app/i18n/en";
import { collectErrors } from "./editorHelpers";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : flatten(v)));

/** English UI texts of the main screen's areas that must not show once Korean is on. */
const ENGLISH = [en.toolbar, en.canvas, en.palette, en.inspector, en.widgets]
  .flatMap((area) => flatten(area as Tree))
  .filter((s) => !s.includes("{{") && !s.includes("<") && /[a-z]{3,} [a-z]{3,}/i.test(s));

async function switchToKorean(page: Page) {
  await page.getByTestId("language-switch").selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
}

test.describe("Korean UI", () => {
  test("the language choice is remembered across reloads and the main screen is in Korean", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Run", exact: true })).toBeVisible();
    await switchToKorean(page);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByTestId("language-switch")).toHaveValue("ko");

    // Toolbar, palette, inspector, in the lecture's words.
    await expect(page.getByRole("button", { name: "실행", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "일시정지", exact: true })).toBeVisible();
    await expect(page.getByLabel("배치 간격", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "팔레트" })).toBeVisible();
    await expect(page.locator(".palette-group-title", { hasText: "변환 연산" })).toBeVisible();
    await expect(page.locator(".palette-group-title", { hasText: "출력 연산" })).toBeVisible();
    await expect(page.getByPlaceholder("연산자 찾기…")).toBeVisible();

    // An example opens from the Korean gallery; its node's inspector explains it in Korean, API names kept.
    await page.getByRole("button", { name: "예제", exact: true }).click();
    const gallery = page.getByRole("dialog", { name: "예제" });
    await expect(gallery.getByText("소켓 단어 세기")).toBeVisible();
    await gallery.getByRole("button", { name: "열기" }).first().click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByTestId("problems-chip")).toHaveText("✓ 준비됨");
    await page.locator('.react-flow__node[data-id] [data-kind="reduceByKey"]').first().click();
    const inspector = page.getByTestId("node-inspector");
    await expect(inspector.locator("h3")).toHaveText("reduceByKey");
    await expect(inspector.locator(".inspector-doc")).toContainText("키별 값을 합칩니다");
    await expect(inspector.getByText("이름", { exact: true })).toBeVisible();

    // Palette search finds a kind by its Korean description.
    await page.getByPlaceholder("연산자 찾기…").fill("슬라이딩 윈도우");
    await expect(page.getByTestId("palette-reduceByKeyAndWindow")).toBeVisible();
    await expect(page.getByTestId("palette-map")).toHaveCount(0);
    await page.getByPlaceholder("연산자 찾기…").fill("");

    // Running: the run state reads in Korean.
    await page.getByRole("button", { name: "한 배치", exact: true }).click();
    await expect(page.getByTestId("run-state")).toHaveText(/일시정지|실행 중|대기/);

    // No English UI text of these areas remains on the main screen.
    const shown = await page.locator("body").innerText();
    const leftovers = ENGLISH.filter((s) => shown.includes(s));
    expect(leftovers).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("an English page's glossary still gives each term in Korean", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Help" }).click();
    await page.getByRole("button", { name: "Glossary of the lecture's terms" }).click();
    const table = page.getByRole("dialog", { name: "Glossary" }).getByTestId("glossary");
    const microBatch = table.locator("tr", {
      has: page.locator("td[lang=en]", { hasText: /^micro-batch$/ }),
    });
    await expect(microBatch.locator("td[lang=ko]")).toHaveText("마이크로 배치");
    await expect(page.locator("html")).toHaveAttribute("lang", "en"); // the page stays in English
    expect(errors).toEqual([]);
  });

  test("dialogs and the glossary are in Korean", async ({ page }) => {
    await page.goto("/");
    await switchToKorean(page);
    await page.getByRole("button", { name: "도움말" }).click();
    const help = page.getByRole("dialog", { name: "단축키" });
    await expect(help.getByText("선택한 노드 복사")).toBeVisible();
    await help.getByRole("button", { name: "강의 용어집" }).click();
    const glossary = page.getByRole("dialog", { name: "용어집" });
    const table = glossary.getByTestId("glossary");
    for (const [ko, english] of [
      ["마이크로 배치", "micro-batch"],
      ["배치 간격", "batch interval"],
      ["이벤트 시간", "event time"],
      ["처리 시간", "processing time"],
      ["워터마크", "watermark"],
      ["리시버", "receiver"],
    ])
      await expect(
        table.locator("tr").filter({ has: page.locator("td strong", { hasText: new RegExp(`^${ko}$`) }) }),
      ).toContainText(english);
    await glossary.getByRole("searchbox").fill("리니지");
    await expect(table.locator("tbody tr")).toHaveCount(1);
    await glossary.getByRole("button", { name: "닫기" }).click();

    await page.getByRole("button", { name: "공유" }).click();
    await expect(page.getByRole("dialog", { name: "이 파이프라인 공유" })).toContainText("링크 안에 담겨");
  });

  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    test(`Korean labels fit at ${width}x${height} (screenshot)`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/");
      await switchToKorean(page);
      await page.getByRole("button", { name: "예제", exact: true }).click();
      await page.getByRole("dialog", { name: "예제" }).getByRole("button", { name: "열기" }).nth(1).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await page.locator('.react-flow__node [data-kind="reduceByKeyAndWindow"]').first().click();
      await expect(page.getByTestId("node-inspector")).toBeVisible();
      await page.getByRole("button", { name: "한 배치", exact: true }).click();
      await page.waitForTimeout(800);
      // No visible toolbar, palette or inspector label is cut (text wider than its box). Labels the
      // narrow toolbar hides on purpose (1 px, the button keeps them as its accessible name) don't count.
      const cut = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            ".toolbar .btn-label, .toolbar .field-label, .palette-group-title, .inspector .field-label, .panel-header h2",
          ),
        ]
          .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 1)
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/i18n-ko-${width}x${height}.png` });
    });
  }
});
