// Recovering from an endless loop without a page reload: once the watchdog has replaced the worker and
// the looping function is fixed, Run (or Restart in the "Edited since Run" bar) runs the fixed code, and
// Pause, Step, Stop and Run each do what they say afterwards.
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import { chain, doc, node } from "../engine/graph/testPipelines";
import { collectErrors, setCode } from "./editorHelpers";

const LOOP = "(line) => { while (true) {} }";
const FIXED = "(line) => line.toUpperCase()";

async function openLoopingPipeline(page: Page) {
  const nodes = [
    node("lines", "textLines", { lines: "to be or not", rate: 2 }),
    { ...node("spin", "map", { fn: LOOP }), label: "spin" },
    node("out", "print"),
  ].map((n, i) => ({ ...n, position: { x: i * 300, y: 0 } }));
  await page.goto(`/#p=${encodePipeline({ ...doc(nodes, chain(nodes)), name: "endless loop" })}`);
  await expect(page.getByTestId("node-spin")).toContainText("while (true)");
}

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const completedBatches = async (page: Page) =>
  Number(await page.getByRole("region", { name: "Live simulation" }).getAttribute("data-completed-batches"));
const errorsTab = (page: Page) =>
  page.getByRole("region", { name: "Live simulation" }).getByRole("tab", { name: /^Errors/ });

/** The latest batch's time in seconds ("batch 00:01:05" -> 65), once no batch still in flight lands. */
async function settledBatchSeconds(page: Page): Promise<number> {
  const read = async () => {
    const text = (await page.getByTestId("last-batch-time").textContent()) ?? "";
    const [h, m, sec] = (text.match(/(\d+):(\d+):(\d+)/)?.slice(1) ?? ["0", "0", "0"]).map(Number);
    return h * 3600 + m * 60 + sec;
  };
  for (;;) {
    const before = await read();
    await page.waitForTimeout(500);
    if ((await read()) === before) return before;
  }
}

async function fixTheFunction(page: Page) {
  await page.getByTestId("node-spin").click();
  await setCode(page, "Function", FIXED);
  await expect(page.getByTestId("node-spin")).toContainText("toUpperCase");
}

/** The console shows the fixed function's output: the lines in capitals. */
async function expectFixedOutput(page: Page) {
  await page.getByRole("tab", { name: /^Console/ }).click();
  await expect(page.getByTestId("console")).toContainText("TO BE OR NOT", { timeout: 20_000 });
  await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
}

test.describe("recovering from an endless loop", () => {
  test("after the worker is replaced and the function fixed, Run runs the fixed code", async ({ page }) => {
    const errors = collectErrors(page);
    await openLoopingPipeline(page);
    await button(page, "Run").click();
    await expect(page.getByText(/while running node "spin"/).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("run-state")).toHaveText("crashed");
    await expect(button(page, "Run")).toBeEnabled();
    await expect(button(page, "Pause")).toBeDisabled();

    await fixTheFunction(page);
    await button(page, "Run").click();
    await expect(page.getByTestId("run-state")).toHaveText("running");
    await expectFixedOutput(page);
    // A new run starts with empty tabs, and the old loop never ran again: no error, no second restart.
    await expect(errorsTab(page)).toHaveText("Errors");
    await button(page, "Stop").click();
    await expect(page.getByTestId("run-state")).toHaveText("idle");
    expect(errors).toEqual([]);
  });

  test("Restart pressed while the loop spins runs the fixed code; Pause, Step, Stop, Run work after", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await openLoopingPipeline(page);
    // As fast as possible: the first batch starts (and spins) right after Run.
    await page.getByLabel("Speed").selectOption("max");
    await button(page, "Run").click();
    await expect(page.getByTestId("run-state")).toHaveText("running");

    // The worker is stuck in the loop: fix the function and restart before the watchdog steps in.
    await fixTheFunction(page);
    const edited = page.getByTestId("edited-since-run");
    await expect(edited).toBeVisible();
    await edited.getByRole("button", { name: "Restart" }).click();

    await expect(page.getByText(/while running node "spin"/).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("run-state")).toHaveText("running");
    await expectFixedOutput(page);
    // The restart happened during this run's start: it stays listed, and it is the only one.
    await expect(errorsTab(page)).toHaveText(/^Errors\s*1$/);

    await button(page, "Pause").click();
    await expect(page.getByTestId("run-state")).toHaveText("paused");
    // Step runs exactly the next batch (the batch count is capped, so compare batch times).
    const paused = await settledBatchSeconds(page);
    await button(page, "Step").click();
    await expect.poll(() => settledBatchSeconds(page)).toBe(paused + 1);
    await expect(page.getByTestId("run-state")).toHaveText("paused");

    await button(page, "Stop").click();
    await expect(page.getByTestId("run-state")).toHaveText("idle");
    await expect(button(page, "Stop")).toBeDisabled();
    await expect(button(page, "Run")).toBeEnabled();

    await button(page, "Run").click();
    await expect(page.getByTestId("run-state")).toHaveText("running");
    await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await button(page, "Stop").click();
    expect(errors).toEqual([]);
  });
});
