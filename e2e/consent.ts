import { expect, type Page } from "@playwright/test";

/** A share link or an imported file asks before its functions run: say yes (tests of other things). */
export async function allowSharedPipeline(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Run someone else's pipeline?" });
  await dialog.getByRole("button", { name: "Run its functions" }).click();
  await expect(dialog).toHaveCount(0);
}
