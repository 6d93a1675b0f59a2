// The real sources as StreamingContext methods call them (Spark's names where Spark has the source):
// socketTextStream(host, port, storageLevel) over TCP, its browser form over the feeder's WebSocket,
// textFileStream(directory), and an HTTP stream (SSE / NDJSON), which Spark reads with a custom receiver.
import type { SparkStorageLevel } from "../../core/DStream";
import type { StreamingContext } from "../../scheduler/StreamingContext";
import { ReceiverInputDStream } from "../ReceiverInputDStream";
import { type DirectorySource, FileInputDStream } from "./FileInputDStream";
import { type HttpStreamFormat, HttpStreamReceiver } from "./HttpStreamReceiver";
import { type NetEnv, unsupported } from "./NetEnv";
import type { NetReceiverOptions } from "./NetReceiver";
import { SocketReceiver } from "./SocketReceiver";

export interface SocketStreamOptions extends NetReceiverOptions {
  /** Where the records are kept (Spark's default for socketTextStream: MEMORY_AND_DISK_SER_2). */
  storageLevel?: SparkStorageLevel;
}

function requireNet(ssc: StreamingContext, what: string): NetEnv {
  if (!ssc.net) throw unsupported(what, undefined, 'import the engine as "dstream-studio/engine" in Node');
  return ssc.net;
}

export function socketTextStream(
  ssc: StreamingContext,
  host: string,
  port: number,
  options: SocketStreamOptions = {},
): ReceiverInputDStream<string> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`requirement failed: port out of range: ${port}`);
  const receiver = new SocketReceiver(
    requireNet(ssc, "socketTextStream"),
    { kind: "tcp", host, port },
    options,
  );
  receiver.storageLevel = options.storageLevel ?? "MEMORY_AND_DISK_SER_2";
  return new ReceiverInputDStream(ssc, receiver);
}

/** socketTextStream's browser form: the lines a WebSocket sends (the feeder's ws://host:port). */
export function webSocketTextStream(
  ssc: StreamingContext,
  url: string,
  options: SocketStreamOptions = {},
): ReceiverInputDStream<string> {
  checkUrl(url, ["ws:", "wss:"]);
  const receiver = new SocketReceiver(
    requireNet(ssc, "A WebSocket stream"),
    { kind: "webSocket", url },
    options,
  );
  receiver.storageLevel = options.storageLevel ?? "MEMORY_AND_DISK_SER_2";
  return new ReceiverInputDStream(ssc, receiver);
}

export function httpStream(
  ssc: StreamingContext,
  url: string,
  format: HttpStreamFormat = "sse",
  options: NetReceiverOptions = {},
): ReceiverInputDStream<unknown> {
  checkUrl(url, ["http:", "https:"]);
  return new ReceiverInputDStream(
    ssc,
    new HttpStreamReceiver(requireNet(ssc, "An HTTP stream"), url, format, options),
  );
}

export function textFileStream(ssc: StreamingContext, directory: string | DirectorySource): FileInputDStream {
  const net = requireNet(ssc, "textFileStream");
  if (typeof directory !== "string") return new FileInputDStream(ssc, directory, net.now);
  const { listDirectory, readTextFile } = net;
  if (!listDirectory || !readTextFile)
    throw unsupported("A directory", net, "drop files on the textFileStream node instead");
  const dir = directory;
  return new FileInputDStream(
    ssc,
    {
      description: dir,
      list: () => {
        try {
          return listDirectory(dir);
        } catch (e) {
          const code = (e as { code?: string }).code;
          throw new Error(code === "ENOENT" ? `${dir} does not exist` : (e as Error).message);
        }
      },
      read: (name) => readTextFile(dir, name),
    },
    net.now,
  );
}

/** A URL a source or sink may use: parsed, and of one of `protocols`; else a clear error. */
export function checkUrl(url: string, protocols: readonly string[]): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `"${url}" is not a URL (expected ${protocols.map((p) => `${p}//host:port/...`).join(" or ")})`,
    );
  }
  if (!protocols.includes(parsed.protocol))
    throw new Error(`"${url}" must start with ${protocols.map((p) => `${p}//`).join(" or ")}`);
  return parsed;
}
