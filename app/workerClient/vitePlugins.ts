// Build-time plugins for the engine sandbox (Node side, used by vite.config.ts):
// - engineSandbox(): the virtual module "virtual:engine-sandbox-source" holds the engine worker bundled
//   into one classic script (a blob worker cannot import other chunks), and the sandbox frame's page is
//   written next to index.html (served by the dev server at the same path).
// - contentSecurityPolicy(): the built app's policy as a <meta> tag (build only: the dev server's
//   hot reload needs inline scripts and a WebSocket).
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "vite";
import { FRAME_PATH, FRAME_SCRIPT, frameHtml } from "./sandboxFrame.ts";

const VIRTUAL_ID = "virtual:engine-sandbox-source";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ENTRY = fileURLToPath(new URL("../../engine/worker/sandboxEntry.ts", import.meta.url));

export const sha256Base64 = (text: string): string => createHash("sha256").update(text).digest("base64");

/** The engine worker as one classic script, and the files esbuild read to make it. */
export async function bundleEngineWorker(minify: boolean): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  // The metafile names inputs relative to the working directory; the dev server wants absolute paths.
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
  return { code: result.outputFiles[0].text, inputs };
}

export function engineSandbox(): Plugin {
  let isBuild = false;
  const html = frameHtml(sha256Base64(FRAME_SCRIPT));
  return {
    name: "dstream-engine-sandbox",
    configResolved(config) {
      isBuild = config.command === "build";
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { code, inputs } = await bundleEngineWorker(isBuild);
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `/${FRAME_PATH}`) return next();
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(html);
      });
    },
    generateBundle() {
      if (isBuild) this.emitFile({ type: "asset", fileName: FRAME_PATH, source: html });
    },
  };
}

/**
 * The built app's Content-Security-Policy: only the app's own scripts (no inline script, no eval: the
 * page never compiles user code; that happens in the sandbox frame's worker, under the frame's own
 * policy), its own data, and the sandbox frame. Inline styles stay allowed: React Flow and CodeMirror
 * set element styles, which cannot run code.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "dstream-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: APP_CSP },
        injectTo: "head-prepend",
      },
    ],
  };
}
