// The JavaScript a visitor downloads before doing anything (gzip sizes, as served compressed), which of
// the heavy lazily loaded chunks were fetched anyway, and which vendor chunks the build ships twice (the
// worker bundles its own copies of what it shares with the page).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/** Chunks that must load only when first needed (an editor opened, a chart shown, an export, a lesson). */
export const LAZY_CHUNKS =
  /codemirror|StreamingCharts|MetricChart|elk|Export|LessonPanel|LessonsMenu|lessonCatalog|koBundle|sucrase/i;

/** vite.config.ts's vendor chunk groups: each must be one file (app chunks may share a file name, e.g.
 * two modules called schema.ts, without shipping anything twice). */
const VENDOR_CHUNKS = new Set(["react", "xyflow", "codemirror", "codemirror-view", "sucrase", "zod"]);

export interface FirstLoad {
  gzipBytes: number;
  chunks: { name: string; gzipBytes: number }[];
}

/** Starts recording the page's JavaScript responses; read() gives what was fetched so far. */
export function recordScripts(page: Page): { read(): Promise<FirstLoad> } {
  const responses: Response[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.endsWith(".js")) responses.push(r);
  });
  return {
    async read() {
      const chunks = await Promise.all(
        responses.map(async (r) => ({
          name: new URL(r.url()).pathname.split("/").pop() ?? r.url(),
          gzipBytes: gzipSync(await r.body()).length,
        })),
      );
      return { gzipBytes: chunks.reduce((n, c) => n + c.gzipBytes, 0), chunks };
    },
  };
}

/** Vendor chunk names (the part before the hash) that appear more than once in dist/assets. */
export function shippedTwice(distAssets = join(process.cwd(), "dist", "assets")): string[] {
  const counts = new Map<string, number>();
  for (const file of readdirSync(distAssets)) {
    if (!file.endsWith(".js")) continue;
    const stem = file.replace(/-[A-Za-z0-9_-]{8}\.js$/, "");
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts].filter(([stem, n]) => n > 1 && VENDOR_CHUNKS.has(stem)).map(([stem]) => stem);
}
