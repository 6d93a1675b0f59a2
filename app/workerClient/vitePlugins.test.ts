import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FRAME_SCRIPT, frameHtml } from "./sandboxFrame";
import { APP_CSP, bundleEngineWorker, sha256Base64 } from "./vitePlugins";

describe("the sandbox frame and the app's policy", () => {
  it("the frame's policy allows exactly its own script, eval, and blob workers; connections only as the pipeline names them", () => {
    const hash = createHash("sha256").update(FRAME_SCRIPT).digest("base64");
    expect(sha256Base64(FRAME_SCRIPT)).toBe(hash);
    const html = frameHtml(hash);
    expect(html).toContain(
      `content="default-src 'none'; script-src 'sha256-${hash}' 'unsafe-eval'; worker-src blob:; connect-src ws: wss: http: https:"`,
    );
    // The static policy's connect-src is narrowed at start by a second policy (policies intersect) that
    // lists only the URLs the pipeline's nodes name, or 'none'.
    expect(FRAME_SCRIPT).toContain(
      `policy.content = "connect-src " + (allowed.length ? allowed.join(" ") : "'none'")`,
    );
    expect(html).toContain(`<script>${FRAME_SCRIPT}</script>`);
  });

  it("the app's policy has no inline script and no eval", () => {
    const script = APP_CSP.split("; ").find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
  });

  it("the engine bundles into one classic script that confines itself before it listens", async () => {
    const { code, inputs } = await bundleEngineWorker(false);
    expect(code).toMatch(/^"use strict";\n\(\(\) => \{/);
    expect(code.trimEnd()).toMatch(/\}\)\(\);$/);
    expect(code).toContain("lockdown(");
    expect(inputs.some((p) => p.endsWith("engine/worker/sandboxEntry.ts"))).toBe(true);
  });
});
