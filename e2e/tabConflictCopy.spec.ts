// Two tabs on one pipeline: an edit made in the tab whose "Load their version / Keep mine" question is
// open survives that tab closing (kept as a copy, the browser asks before closing while it waits), and
// the other tab is told where it is.
import { expect, test } from "@playwright/test";
import { collectErrors, dropFromPalette, waitForSaved } from "./editorHelpers";

test("an edit made during the question is kept as a copy; closing asks first", async ({ context }) => {
  const tabA = await context.newPage();
  const errorsA = collectErrors(tabA);
  await tabA.goto("/");
  await waitForSaved(tabA);
  const tabB = await context.newPage();
  await tabB.goto("/");
  await expect(tabB.getByRole("heading", { name: "DStream Studio" })).toBeVisible();

  await dropFromPalette(tabA, "map", 300, 200);
  await waitForSaved(tabA);
  const notice = tabB.getByTestId("tab-conflict");
  await expect(notice).toContainText("This pipeline was changed in another tab.");

  await dropFromPalette(tabB, "filter", 300, 350);
  await expect(notice).toContainText(
    /Your changes here are kept as ".* \(unsaved copy\)" until you choose\./,
  );
  await expect(tabA.getByTestId("canvas-toast")).toContainText(/they are kept as ".* \(unsaved copy\)"/);

  // Closing the tab while the question is open with edits of its own: the browser asks first.
  const asked = new Promise<string>((resolve) =>
    tabB.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await tabB.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(errorsA).toEqual([]);
});
