// Notices never block what is under them: a refused connection's notice lets the canvas take the
// pointer, and Export's "Copied to the clipboard" shows inside the dialog, on its Copy button too.
import { expect, test } from "@playwright/test";
import { dragConnection, dropFromPalette } from "./editorHelpers";

test.describe("notices", () => {
  test("a refused connection's notice does not take the pointer from the canvas under it", async ({
    page,
  }) => {
    await page.goto("/");
    const lines = await dropFromPalette(page, "textLines", 150, 120);
    const counts = await dropFromPalette(page, "reduceByKey", 450, 120);
    await dragConnection(page, lines, counts);
    const toast = page.getByTestId("canvas-toast");
    await expect(toast).toContainText("needs a stream of (key, value) pairs");
    const box = (await toast.locator(".toast-message").boundingBox())!;
    // What the pointer hits at the notice's text: the canvas beneath, not the notice.
    const hit = await page.evaluate(
      ([x, y]) => {
        const el = document.elementFromPoint(x, y);
        return { inToast: !!el?.closest(".toast"), inCanvas: !!el?.closest(".react-flow") };
      },
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toEqual({ inToast: false, inCanvas: true });
    // Its own button still works.
    await toast.getByRole("button", { name: "Dismiss" }).click();
    await expect(toast).toHaveCount(0);
  });

  test("Export's Copy says it worked inside the dialog, above its overlay, and on the button", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: /^Open .*socket word count/i }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page
      .getByRole("button", { name: /^Export/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.getByRole("button", { name: "Copy", exact: true }).click();
    const notice = dialog.getByTestId("export-copy-notice");
    await expect(notice).toHaveText("Copied to the clipboard.");
    await expect(dialog.getByRole("button", { name: "Copied ✓" })).toBeVisible();
    // Visible on top: the element at the notice's centre is the notice itself.
    const box = (await notice.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => !!document.elementFromPoint(x, y)?.closest("[data-testid=export-copy-notice]"),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("StreamingContext");
  });
});
