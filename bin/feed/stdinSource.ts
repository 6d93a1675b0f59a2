// `--from stdin` (the default): the lines typed in the feeder's terminal, or piped into it.
import { createInterface } from "node:readline";
import type { FeedSource, FeedSourceFactory } from "./FeedSource";

export const stdinSource: FeedSourceFactory = (): FeedSource => ({
  description: process.stdin.isTTY
    ? "the lines you type here (Enter sends one; Ctrl+D or Ctrl+C ends)"
    : "the lines piped into standard input",
  async *lines(signal) {
    const rl = createInterface({ input: process.stdin, terminal: false });
    const close = () => rl.close();
    signal.addEventListener("abort", close, { once: true });
    try {
      for await (const line of rl) yield line;
    } finally {
      signal.removeEventListener("abort", close);
      rl.close();
    }
  },
});
