// Every gallery example (public/examples/index.json) opens without a console error or a validator error.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { collectErrors } from "./editorHelpers";

const examples: { file: string; title: string }[] = JSON.parse(
  readFileSync(new URL("../public/examples/index.json", import.meta.url), "utf8"),
);

test("every example opens ready to run, without a console error", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  for (const example of examples) {
    const doc = JSON.parse(
      readFileSync(new URL(`../public/examples/${example.file}`, import.meta.url), "utf8"),
    );
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: `Open ${example.title}`, exact: true }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Pipelines (open: ${doc.name})` })).toBeVisible();
    await expect(page.locator(".react-flow__node")).toHaveCount(doc.nodes.length);
    await expect(page.locator(".react-flow__edge")).toHaveCount(doc.edges.length);
    await expect(page.getByTestId("node-error-badge"), `${example.file} has validator errors`).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
