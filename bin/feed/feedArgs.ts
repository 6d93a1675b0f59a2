// `dstream-studio feed` flags. Every mistake is a FeedUsageError: one line on stderr, exit code 2.
import { parseArgs } from "node:util";
import { FeedUsageError } from "./FeedSource";

export const FEED_USAGE = [
  "usage: dstream-studio feed [--from stdin|file:PATH|words|kafka://HOST:PORT/TOPIC] [--rate N] [--seed S]",
  "                           [--loop] [--count N] [--port 9999] [--ws-port 9998] [--host 127.0.0.1]",
  "",
  "feed    plays `nc -lk 9999` for Spark's socket word count: serves lines on a TCP port (Spark's and the",
  "        engine's socketTextStream) and on a WebSocket at ws://HOST:WS_PORT (the studio's socket source),",
  "        also as Server-Sent Events (GET /sse) and newline-delimited JSON (GET /ndjson) there.",
  "        Lines are sent only while a client is connected.",
  "        --from stdin  the lines typed in this terminal (the default)",
  "        --from file:PATH  a text file's lines at --rate lines/s (default 10), again from the top with --loop",
  "        --from words  seeded random-word lines at --rate lines/s (default 5), --seed S (default 42)",
  "        --from kafka://HOST:PORT/TOPIC[?group=G&offsets=earliest|latest]  a Kafka topic's records, one JSON",
  "                      line each (topic, partition, offset, timestamp, key, value): the studio's Kafka node",
  "        --count N     stop after N lines; --host: the address to listen on (default 127.0.0.1)",
].join("\n");

export interface FeedCommand {
  from: string;
  rate?: number;
  seed?: number;
  loop: boolean;
  count?: number;
  port: number;
  wsPort: number;
  host: string;
  help: boolean;
}

const MAX_RATE = 1_000_000;

function port(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = /^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 0 && n <= 65535))
    throw new FeedUsageError(
      `--${name} must be a port number from 0 to 65535 (0: any free port), got "${text}"`,
    );
  return n;
}

function positive(
  name: string,
  text: string | undefined,
  max: number,
  decimals: boolean,
): number | undefined {
  if (text === undefined) return undefined;
  const pattern = decimals ? /^(0|[1-9][0-9]*)(\.[0-9]+)?$/ : /^[1-9][0-9]*$/;
  const n = pattern.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0 && n <= max))
    throw new FeedUsageError(
      `--${name} must be a ${decimals ? "number" : "whole number"} above 0 and at most ${max}, got "${text}"`,
    );
  return n;
}

export function parseFeedArgs(argv: readonly string[]): FeedCommand {
  let values: ReturnType<typeof parse>["values"];
  try {
    const parsed = parse(argv);
    if (parsed.positionals.length > 0)
      throw new Error(`unexpected argument "${parsed.positionals[0]}" (a source is given with --from)`);
    values = parsed.values;
  } catch (e) {
    throw new FeedUsageError(`feed: ${(e as Error).message.split("\n")[0]}`);
  }
  const seedText = values.seed;
  let seed: number | undefined;
  if (seedText !== undefined) {
    seed = /^-?(0|[1-9][0-9]*)$/.test(seedText) ? Number(seedText) : Number.NaN;
    if (!Number.isSafeInteger(seed))
      throw new FeedUsageError(`--seed must be a whole number, got "${seedText}"`);
  }
  const command: FeedCommand = {
    from: values.from ?? "stdin",
    rate: positive("rate", values.rate, MAX_RATE, true),
    seed,
    loop: values.loop ?? false,
    count: positive("count", values.count, Number.MAX_SAFE_INTEGER, false),
    port: port("port", values.port, 9999),
    wsPort: port("ws-port", values["ws-port"], 9998),
    host: values.host ?? "127.0.0.1",
    help: values.help ?? false,
  };
  if (command.port !== 0 && command.port === command.wsPort)
    throw new FeedUsageError(`--port and --ws-port must differ (both are ${command.port})`);
  return command;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: "string" },
      rate: { type: "string" },
      seed: { type: "string" },
      loop: { type: "boolean" },
      count: { type: "string" },
      port: { type: "string", short: "p" },
      "ws-port": { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
