// Runs the Playwright suite against the system Chromium, failing early with a clear message if none exists.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.PLAYWRIGHT_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
if (!candidates.some((p) => p && existsSync(p))) {
  console.error(
    "e2e: no Chromium found. Install Debian's with `apt-get update && apt-get install -y chromium` " +
      "(or set PLAYWRIGHT_CHROMIUM to a Chromium binary), then run `npm test` again.",
  );
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
