// The inspector says a thing once: a window length that is not a multiple of the batch interval gets
// one message, not one per place that checks it.
import { expect, test } from "@playwright/test";

test("a window length not a multiple of the batch interval shows its message once", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: /^Open .*windowed word count(?! with)/i }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The example opens once laid out: a click while the cards are hidden and moving could miss the node.
  await expect(page.locator(".canvas.is-laying-out")).toHaveCount(0);
  await page.getByTestId("node-windowedCounts").click();
  const field = page.locator(".inspector [data-param=windowMs]");
  await field.locator("input").first().fill("2.5");
  await expect(field.locator("input").first()).toHaveAttribute("aria-invalid", "true");
  await expect(field.getByRole("alert")).toContainText("must be a multiple of");
  const inspectorText = ((await field.textContent()) ?? "").toLowerCase();
  const mentions = inspectorText.split("multiple of").length - 1;
  // The param's help text names the rule once too ("must be a multiple of the batch interval").
  const help =
    ((await field.locator(".field-help").textContent()) ?? "").toLowerCase().split("multiple of").length - 1;
  expect(mentions - help).toBe(1);
});

test("at 1024x768 the inspector's operator name never breaks mid-word", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: /^Open .*windowed word count(?! with)/i }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The example opens once laid out: a click while the cards are hidden and moving could miss the node.
  await expect(page.locator(".canvas.is-laying-out")).toHaveCount(0);
  await page.getByTestId("node-windowedCounts").click();
  const title = page.locator(".inspector-node-header h3");
  await expect(title).toHaveText("reduceByKeyAndWindow");
  // Each rendered line of the heading starts at a camelCase word: read the lines from the text's boxes.
  const lines = await title.evaluate((h) => {
    const range = document.createRange();
    const text = h.textContent ?? "";
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    const tops: { top: number; ch: string }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < (n.textContent ?? "").length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        tops.push({ top: Math.round(range.getBoundingClientRect().top), ch: n.textContent![i] });
      }
    }
    const out: string[] = [];
    let last = Number.NaN;
    for (const { top, ch } of tops) {
      if (top !== last) out.push("");
      out[out.length - 1] += ch;
      last = top;
    }
    return { out, text };
  });
  for (const line of lines.out) expect(line).toMatch(/^(reduce|[A-Z])/);
});
