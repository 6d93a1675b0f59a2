// What the feeder sends: any source of text lines. The feeder pulls lines only while at least one client
// is connected (as `nc -lk` reads its terminal only while a client is there), so a line a source yields
// is a line some client received. One source a file: stdin, a text file, the seeded generator, and
// (in its own file, kafkaSource.ts) a Kafka topic.

export interface FeedSource {
  /** One line for the feeder's banner, e.g. "lines typed in this terminal" or "words.txt at 10 lines/s". */
  readonly description: string;
  /**
   * The lines to send, without their line terminators, in order. The iterator ends when the source is
   * exhausted (end of file, stdin closed, --count reached); the feeder then closes its clients'
   * connections and exits. `signal` aborts when the feeder stops (Ctrl+C): stop and release resources.
   */
  lines(signal: AbortSignal): AsyncIterable<string>;
}

/** The flags every source may read (each takes the ones that make sense for it). */
export interface FeedSourceOptions {
  /** Lines per second, for sources that pace themselves (file, generator); undefined: their default. */
  rate?: number;
  /** Seed of the generator. */
  seed?: number;
  /** Start again from the top at the end of a file. */
  loop: boolean;
  /** Status lines for the terminal (stderr), e.g. "feed: kafka: connected to localhost:9092". */
  say: (line: string) => void;
}

/**
 * Makes a source from `--from`'s value. `from` is the whole value ("kafka://localhost:9092/lines",
 * "file:words.txt", "words"), so a source reads its own address form. Throw a FeedUsageError for a value
 * it cannot use: the feeder prints it as one line and exits with code 2.
 */
export type FeedSourceFactory = (from: string, options: FeedSourceOptions) => FeedSource;

/** A bad `--from` or flag: one line on stderr, exit code 2. */
export class FeedUsageError extends Error {}
