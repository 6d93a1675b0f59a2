// UI benchmark (not a test): runs a 1M records/s pipeline in headless Chromium for 30 s and reports the
// page's frames per second and its longest task (PerformanceObserver "longtask").
//   npm run bench:ui                 build, serve, measure 30 s
//   BENCH_SECONDS=10 BENCH_NO_BUILD=1 npm run bench:ui
//   BENCH_PROFILE=/tmp/ui.cpuprofile npm run bench:ui   also a CPU profile of the run, and who owns long tasks

import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../../e2e/chromium";
import { allowSharedPipeline } from "../../e2e/consent";
import { encodePipeline } from "../../engine/graph/share";
import { millionPerSecondPipeline } from "./pipeline";
import { startPreview } from "./previewServer";
import { analyzeProfile, type CpuProfile } from "./profile";
import { type PageFigures, summarize } from "./summarize";

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const port = Number(process.env.BENCH_PORT ?? 4191);
const baselineSeconds = Number(process.env.BENCH_BASELINE_SECONDS ?? 5);
const profilePath = process.env.BENCH_PROFILE;

/** Counts frames with requestAnimationFrame and records long tasks (> 50 ms) on the page's main thread. */
const INSTALL_PROBES = `
  window.__bench = { frames: [], longTasks: [], longTaskStarts: [], t0: performance.now() };
  const tick = (t) => { window.__bench.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.longTasks.push(e.duration);
      window.__bench.longTaskStarts.push(Math.round(e.startTime));
    }
  }).observe({ type: "longtask", buffered: false });
`;

const RESET_PROBES = `window.__bench.frames = []; window.__bench.longTasks = []; window.__bench.longTaskStarts = []; window.__bench.t0 = performance.now();`;

const READ_PROBES = `({
  frames: window.__bench.frames,
  longTasks: window.__bench.longTasks,
  longTaskStarts: window.__bench.longTaskStarts.map((t) => t - window.__bench.t0),
  batches: Number(document.querySelector("[aria-label='Live simulation']")?.getAttribute("data-completed-batches") ?? 0),
  lastBatch: document.querySelector("[data-testid=last-batch-time]")?.textContent ?? "none",
  runEvents: Array.from(document.querySelectorAll("[role=alert], .toast"), (e) => e.textContent),
})`;

async function main() {
  const server = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/#p=${encodePipeline(millionPerSecondPipeline())}`);
    await allowSharedPipeline(page);
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    // Plain strings, not functions: tsx's compiled functions reference helpers the page doesn't have.
    await page.evaluate(INSTALL_PROBES);
    // Baseline: the same page, loaded and idle, on the same machine at the same time.
    await page.waitForTimeout(baselineSeconds * 1000);
    const idle = summarize((await page.evaluate(READ_PROBES)) as PageFigures);
    await page.evaluate(RESET_PROBES);
    const cdp = profilePath ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForTimeout(seconds * 1000);
    if (cdp && profilePath) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(profilePath, JSON.stringify(profile));
      console.log(JSON.stringify(analyzeProfile(profile as CpuProfile), null, 2));
    }
    const raw = (await page.evaluate(READ_PROBES)) as PageFigures & {
      lastBatch: string;
      runEvents: string[];
      longTaskStarts: number[];
    };
    const figures = summarize(raw);
    console.log(
      JSON.stringify(
        {
          seconds,
          recordsPerSecond: 1_000_000,
          ...figures,
          pageErrors: errors,
          runEvents: raw.runEvents,
          longTaskStartsMs: raw.longTaskStarts.map(Math.round),
          longTasksMs: raw.longTasks.map(Math.round),
        },
        null,
        2,
      ),
    );
    console.log(
      `bench:ui: ${figures.fps.toFixed(1)} fps (p95 frame ${figures.p95FrameMs.toFixed(1)} ms), ` +
        `longest task ${figures.longestTaskMs.toFixed(0)} ms (${figures.longTasks} long tasks), ` +
        `${figures.batches} batches held by the page, last ${raw.lastBatch}, in ${seconds} s ` +
        `(idle page: ${idle.fps.toFixed(1)} fps; load average ${loadavg()[0].toFixed(1)})`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
