// The canvas's rough edges a newcomer meets: drops over the floating title, examples that open
// laid out from their first frame, the title and records drawer at 1024x768, edges over card text.
import { expect, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

test("a palette item dropped over the pipeline name is added just below the title", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  const title = page.locator(".pipeline-title");
  const titleBox = (await title.boundingBox())!;
  const canvasBox = (await page.getByTestId("canvas").boundingBox())!;
  await page.getByTestId("palette-textLines").dragTo(title, {
    targetPosition: { x: 20, y: titleBox.height / 2 },
  });
  const node = page.locator('.react-flow__node:has([data-kind="textLines"])');
  await expect(node).toHaveCount(1);
  await expect(node).toBeVisible();
  const nodeBox = (await node.boundingBox())!;
  expect(nodeBox.y, "the card is hidden under the title").toBeGreaterThanOrEqual(
    titleBox.y + titleBox.height,
  );
  expect(nodeBox.y - canvasBox.y, "the card landed far from the drop").toBeLessThan(titleBox.height + 40);
  expect(errors).toEqual([]);
});
