#!/usr/bin/env node
// The `dstream-studio` command: runs the TypeScript implementation (cli.ts) with tsx's loader, so the
// engine runs from its sources. Exit codes: 0 ok, 1 the pipeline failed while running, 2 bad input.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
let loader;
try {
  loader = import.meta.resolve("tsx");
} catch {
  console.error("dstream-studio: tsx is not installed; run `npm install` in the project first");
  process.exit(2);
}
const result = spawnSync(process.execPath, ["--import", loader, cli, ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (result.error) {
  console.error(`dstream-studio: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 1);
