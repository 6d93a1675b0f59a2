// Paces a stream of lines at `rate` lines per second: every tick sends the lines that are due since the
// start (fractions carried over), so a slow tick catches up instead of drifting.

const TICK_MS = 50;

/** Sleeps `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}

/** Yields `next()` `rate` times a second until it returns undefined or `signal` aborts. */
export async function* paced(
  rate: number,
  next: () => string | undefined,
  signal: AbortSignal,
): AsyncGenerator<string> {
  const start = performance.now();
  let sent = 0;
  while (!signal.aborted) {
    const due = Math.floor(((performance.now() - start) * rate) / 1000) + 1;
    while (sent < due) {
      const line = next();
      if (line === undefined) return;
      sent++;
      yield line;
      if (signal.aborted) return;
    }
    await sleep(Math.min(TICK_MS, Math.max(1, 1000 / rate)), signal);
  }
}
