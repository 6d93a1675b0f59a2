// The inspector says a thing once: a window length that is not a multiple of the batch interval gets
// one message, not one per place that checks it.
import { expect, test } from "@playwright/test";

test("a window length not a multiple of the batch interval shows its message once", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: /^Open .*windowed word count/i }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByTestId("node-windowedCounts").click();
  const field = page.locator(".inspector [data-param=windowMs]");
  await field.locator("input").first().fill("2.5");
  await expect(field.locator("input").first()).toHaveAttribute("aria-invalid", "true");
  await expect(field.getByRole("alert")).toContainText("must be a multiple of");
  const inspectorText = (await field.innerText()).toLowerCase();
  const mentions = inspectorText.split("multiple of").length - 1;
  // The param's help text names the rule once too ("must be a multiple of the batch interval").
  const help = (await field.locator(".field-help").innerText()).toLowerCase().split("multiple of").length - 1;
  expect(mentions - help).toBe(1);
});
