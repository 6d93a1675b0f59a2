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

test("an example's first visible frame is already laid out and fitted, no jump after", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  // Every frame from the click on: are cards visible, and where is the view?
  await page.evaluate(() => {
    const frames: { visible: boolean; transform: string; first: string }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const sample = () => {
      const nodes = [...document.querySelectorAll<HTMLElement>(".react-flow__node")];
      frames.push({
        visible: nodes.some((n) => n.checkVisibility({ visibilityProperty: true, opacityProperty: true })),
        transform: document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "",
        first: nodes[0] ? `${nodes[0].getBoundingClientRect().x},${nodes[0].getBoundingClientRect().y}` : "",
      });
      if (frames.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.getByRole("button", { name: "Open Windowed word count", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.locator(".canvas-placeholder")).toHaveCount(0);
  await page.waitForTimeout(1500);
  const frames = await page.evaluate(
    () =>
      (window as unknown as { frames_: { visible: boolean; transform: string; first: string }[] }).frames_,
  );
  const shown = frames.filter((f) => f.visible && f.first !== "");
  expect(shown.length, "the cards never became visible").toBeGreaterThan(0);
  const zoomOf = (t: string) => Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? Number.NaN);
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  expect(zoomOf(first.transform), "the first frame is an unreadable row").toBeGreaterThan(0.5);
  expect(first.transform, "the view jumped after the first frame").toBe(last.transform);
  expect(first.first, "the cards moved after the first frame").toBe(last.first);
  expect(errors).toEqual([]);
});

test.describe("at 1024x768", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("the pipeline name over the canvas shows whole, and its full text is in the tooltip", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: "Open Windowed word count", exact: true }).click();
    const button = page.getByRole("button", { name: "Pipelines (open: Windowed word count)" });
    await expect(button).toHaveAttribute("title", /^Windowed word count\n/);
    const text = button.locator(".pipeline-name-text");
    const cut = await text.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(cut, "the name is ellipsized").toBe(false);
  });

  test("the records drawer shows at least four rows of a partition without scrolling", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: "Open Windowed word count", exact: true }).click();
    await expect(page.locator(".canvas-placeholder")).toHaveCount(0);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const panel = page.getByRole("region", { name: "Live simulation" });
    await expect(panel.getByRole("tab", { name: /^Batches 4/ })).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Pause" }).click();
    await page.locator('.react-flow__node:has([data-kind="flatMap"])').click();
    await panel.getByRole("tab", { name: /^Records/ }).click();
    const partition = page
      .getByTestId("records-batch")
      .filter({ has: page.getByTestId("records-table") })
      .first()
      .locator(".partition")
      .first();
    const rows = partition.locator("tbody tr");
    await expect(rows).toHaveCount(4);
    const panelBottom = (await panel.boundingBox())!;
    const bottoms = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().bottom));
    const visible = bottoms.filter((b) => b <= panelBottom.y + panelBottom.height).length;
    expect(visible, "rows of the newest batch's first partition on screen").toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
  });
});

test("a running windowed word count has no edge across a card, at 1440x900 and 1024x768", async ({
  page,
}) => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.goto("/");
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: "Open Windowed word count", exact: true }).click();
    await expect(page.locator(".canvas-placeholder")).toHaveCount(0);
    // Running, the cards grow by their live lines ("no RDD: waits for the window's slide").
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const panel = page.getByRole("region", { name: "Live simulation" });
    await expect(panel.getByRole("tab", { name: /^Batches [3-9]/ })).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Pause" }).click();
    // Points along each edge (its ends, at the handles, left out) that fall inside a card.
    const crossings = await page.evaluate(() => {
      const cards = [...document.querySelectorAll(".react-flow__node")].map((n) => n.getBoundingClientRect());
      const found: string[] = [];
      for (const edge of document.querySelectorAll<SVGGElement>(".react-flow__edge")) {
        const path = edge.querySelector<SVGPathElement>("path.react-flow__edge-path")!;
        const matrix = path.getScreenCTM()!;
        const length = path.getTotalLength();
        for (let at = 16; at < length - 16; at += 4) {
          const { x, y } = path.getPointAtLength(at);
          const p = new DOMPoint(x, y).matrixTransform(matrix);
          const inside = cards.some(
            (c) => p.x > c.left + 2 && p.x < c.right - 2 && p.y > c.top + 2 && p.y < c.bottom - 2,
          );
          if (inside) {
            found.push(`${edge.getAttribute("data-id")} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
            break;
          }
        }
      }
      return found;
    });
    expect(crossings, `edges over cards at ${size.width}x${size.height}`).toEqual([]);
  }
});

test("a moving batch token passes under the cards, never over their text", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: "Open Windowed word count", exact: true }).click();
  await expect(page.locator(".canvas-placeholder")).toHaveCount(0);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // Every frame for 3 s: where a visible token overlaps a card, what is on top there?
  const covered = await page.evaluate(
    () =>
      new Promise<{ overlaps: number; tokenOnTop: string[] }>((resolve) => {
        const result = { overlaps: 0, tokenOnTop: [] as string[] };
        const end = performance.now() + 3000;
        const sample = () => {
          const cards = [...document.querySelectorAll(".react-flow__node")];
          for (const token of document.querySelectorAll<HTMLElement>("[data-testid=batch-token]")) {
            if (token.style.display === "none") continue;
            const t = token.getBoundingClientRect();
            for (const card of cards) {
              const c = card.getBoundingClientRect();
              const left = Math.max(t.left, c.left);
              const right = Math.min(t.right, c.right);
              const top = Math.max(t.top, c.top);
              const bottom = Math.min(t.bottom, c.bottom);
              if (right - left < 4 || bottom - top < 4) continue;
              result.overlaps++;
              const onTop = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
              if (onTop?.closest("[data-testid=batch-token]"))
                result.tokenOnTop.push(`${token.dataset.edgeId} over ${card.getAttribute("data-id")}`);
            }
          }
          if (performance.now() < end) requestAnimationFrame(sample);
          else resolve(result);
        };
        requestAnimationFrame(sample);
      }),
  );
  expect(covered.overlaps, "no token ever met a card: the check proved nothing").toBeGreaterThan(0);
  expect([...new Set(covered.tokenOnTop)]).toEqual([]);
  expect(errors).toEqual([]);
});
