// `--from file:PATH`: a text file's lines at --rate lines per second (default 10), from the top again at
// the end with --loop. The file is read once at start, so an unreadable file is a usage error at once.
import { readFileSync } from "node:fs";
import { type FeedSource, type FeedSourceFactory, FeedUsageError } from "./FeedSource";
import { paced } from "./pace";

export const DEFAULT_FILE_RATE = 10;

export const fileSource: FeedSourceFactory = (from, options): FeedSource => {
  const path = from.replace(/^file:(\/\/)?/, "");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FeedUsageError(
      `--from ${from}: cannot read ${path}${code === "ENOENT" ? ": no such file" : code ? `: ${code}` : ""}`,
    );
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new FeedUsageError(`--from ${from}: ${path} is empty`);
  const rate = options.rate ?? DEFAULT_FILE_RATE;
  return {
    description: `${path} (${lines.length} lines) at ${rate} lines/s${options.loop ? ", looping" : ""}`,
    lines(signal) {
      let i = 0;
      return paced(
        rate,
        () => {
          if (i === lines.length) {
            if (!options.loop) return undefined;
            i = 0;
          }
          return lines[i++];
        },
        signal,
      );
    },
  };
};
