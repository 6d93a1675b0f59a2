// `--from VALUE` to a FeedSource: the one table of source kinds, keyed by the value's scheme
// ("kafka://..." -> kafka, "file:..." -> file), or by the whole value for the bare names.

import type { FeedSource, FeedSourceFactory, FeedSourceOptions } from "./FeedSource";
import { FeedUsageError } from "./FeedSource";
import { fileSource } from "./fileSource";
import { generatorSource } from "./generatorSource";
import { kafkaSource } from "./kafkaSource";
import { stdinSource } from "./stdinSource";

export const FEED_SOURCES: Record<string, FeedSourceFactory> = {
  stdin: stdinSource,
  file: fileSource,
  words: generatorSource,
  kafka: kafkaSource,
};

/** The table's key for a --from value: "kafka://h:p/t" -> "kafka", "file:x" -> "file", "words" -> "words". */
export function sourceKey(from: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(from);
  return (scheme ? scheme[1] : from).toLowerCase();
}

export function feedSource(from: string, options: FeedSourceOptions): FeedSource {
  const factory = FEED_SOURCES[sourceKey(from)];
  if (!factory) {
    const known = [
      "stdin",
      "file:PATH",
      "words",
      ...Object.keys(FEED_SOURCES)
        .filter((k) => !["stdin", "file", "words"].includes(k))
        .map((k) => `${k}://...`),
    ];
    throw new FeedUsageError(`unknown --from "${from}" (expected ${known.join(", ")})`);
  }
  return factory(from, options);
}
