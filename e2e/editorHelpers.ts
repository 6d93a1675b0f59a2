// Gestures on the editor for the e2e specs: drag a kind from the palette, connect two handles.
import { expect, type Locator, type Page } from "@playwright/test";

/** Drops a palette kind so the node's top-middle lands near (x, y) in canvas pixels. */
export async function dropFromPalette(page: Page, kind: string, x: number, y: number): Promise<Locator> {
  const before = await page.locator(".react-flow__node").count();
  await page.getByTestId(`palette-${kind}`).dragTo(page.getByTestId("canvas"), { targetPosition: { x, y } });
  await expect(page.locator(".react-flow__node")).toHaveCount(before + 1);
  const node = page.locator(`.react-flow__node:has([data-kind="${kind}"])`).last();
  // React Flow shows a node (and knows its handles) only once it has measured it.
  await expect(node).toBeVisible();
  return node;
}

async function centerOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("handle not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Connects `from`'s output to `to`'s input and checks that the edge was drawn. */
export async function connect(page: Page, from: Locator, to: Locator, inputName?: string) {
  const edges = page.locator(".react-flow__edge");
  const before = await edges.count();
  await dragConnection(page, from, to, inputName);
  await expect(edges).toHaveCount(before + 1);
}

/** Drags from `from`'s output handle to `to`'s input handle (named, for two-input nodes). */
export async function dragConnection(page: Page, from: Locator, to: Locator, inputName?: string) {
  const a = await centerOf(from.locator(".react-flow__handle.source"));
  const target = inputName
    ? to.locator(`.react-flow__handle.target[data-handleid="${inputName}"]`)
    : to.locator(".react-flow__handle.target");
  const b = await centerOf(target);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/** Replaces the text of the inspector's code editor for the param labelled `label`. */
export async function setCode(page: Page, label: string, text: string) {
  const editor = page.getByTestId(`code-${label}`).locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

/** Collects console errors and page errors (and React's warnings) for a test to assert none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || (m.type() === "warning" && /React|Warning:/.test(m.text())))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export async function waitForSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
}
