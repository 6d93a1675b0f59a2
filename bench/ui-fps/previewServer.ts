// Builds the app and serves it with `vite preview` for scripts that drive headless Chromium.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";

export interface PreviewServer {
  url: string;
  close(): void;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the preview server at ${url} did not start within ${timeoutMs} ms`);
}

export async function startPreview(
  port: number,
  build = !process.env.BENCH_NO_BUILD,
): Promise<PreviewServer> {
  if (build) {
    const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
    if (result.status !== 0) throw new Error("vite build failed");
  }
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    { stdio: "ignore", detached: true },
  );
  const close = () => {
    // The server runs in its own process group (detached): end that group, which only we started.
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  };
  try {
    await waitForServer(url, 30_000);
  } catch (e) {
    close();
    throw e;
  }
  return { url, close };
}
