import { existsSync } from "node:fs";

/** Playwright cannot download its own browser here: use the system's Chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the e2e tests. Install Debian's: `apt-get update && apt-get install -y chromium`, " +
        "or set PLAYWRIGHT_CHROMIUM to a Chromium binary.",
    );
  }
  return found;
}
