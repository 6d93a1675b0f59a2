import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on("pageerror", (e) => console.log("pageerror", e.message));
await page.goto("http://127.0.0.1:4190/");
await page.getByRole("button", { name: "Examples" }).click();
await page.getByRole("button", { name: /Open Windowed word count/ }).first().click();
await page.getByRole("button", { name: "Run", exact: true }).click();
await page.waitForTimeout(2500);
await page.getByRole("tab", { name: /Charts/ }).click();
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(1500);
  const pts = await page.getByTestId("chart-inputRate").getAttribute("data-points");
  const pts2 = await page.getByTestId("chart-schedulingDelay").getAttribute("data-points");
  const batches = await page.locator("#bottom-tab-batches").innerText().catch(() => "?");
  console.log(i, pts, pts2, batches.replace(/\n/g, " "));
}
await browser.close();
