// `dstream-studio feed`: start the servers, then pump the source's lines into them, pulling the next
// line only while a client is connected. Ends when the source ends (closing the clients' connections,
// as nc does at end of input) or on Ctrl+C; prints how many lines were sent.
import { FeedServer } from "./FeedServer";
import { FeedUsageError } from "./FeedSource";
import { FEED_USAGE, parseFeedArgs } from "./feedArgs";
import { feedSource } from "./sources";

const say = (line: string) => process.stderr.write(`feed: ${line}\n`);

/** Runs the feeder; resolves with the exit code. */
export async function feedMain(argv: readonly string[]): Promise<number> {
  let command: ReturnType<typeof parseFeedArgs>;
  let source: ReturnType<typeof feedSource>;
  try {
    command = parseFeedArgs(argv);
    if (command.help) {
      console.log(FEED_USAGE);
      return 0;
    }
    source = feedSource(command.from, { rate: command.rate, seed: command.seed, loop: command.loop, say });
  } catch (e) {
    if (e instanceof FeedUsageError) {
      console.error(`dstream-studio: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const server = new FeedServer({ host: command.host, port: command.port, wsPort: command.wsPort, say });
  let ports: { port: number; wsPort: number };
  try {
    ports = await server.listen();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "EADDRINUSE" ? "the port is in use (pick another with --port / --ws-port)" : err.message;
    console.error(`dstream-studio: feed: cannot listen on ${command.host}: ${why}`);
    return 2;
  }
  const host = command.host.includes(":") ? `[${command.host}]` : command.host;
  say(`sending ${source.description}`);
  say(`TCP ${host}:${ports.port}   (Spark: ssc.socketTextStream("${command.host}", ${ports.port}))`);
  say(`WebSocket ws://${host}:${ports.wsPort}   (the studio's socket source)`);
  say(`SSE http://${host}:${ports.wsPort}/sse   NDJSON http://${host}:${ports.wsPort}/ndjson`);
  say("waiting for a client to connect ...");

  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await pump(server, source.lines(abort.signal), abort.signal, command.count);
  } catch (e) {
    say(`the source failed: ${(e as Error).message}`);
    return 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await server.close();
    say(`sent ${server.sent} line${server.sent === 1 ? "" : "s"}`);
  }
  return 0;
}

/** Moves lines from the source to the clients until the source ends, `count` lines went out, or abort. */
export async function pump(
  server: FeedServer,
  lines: AsyncIterable<string>,
  signal: AbortSignal,
  count = Number.POSITIVE_INFINITY,
): Promise<void> {
  const it = lines[Symbol.asyncIterator]();
  try {
    while (!signal.aborted && server.sent < count) {
      await server.waitForClient(signal);
      if (signal.aborted) break;
      const next = await it.next();
      if (next.done) break;
      // A client that left between the wait and the send: keep the line for the next one.
      while (!server.broadcast(next.value) && !signal.aborted) await server.waitForClient(signal);
    }
  } finally {
    await it.return?.();
  }
}
