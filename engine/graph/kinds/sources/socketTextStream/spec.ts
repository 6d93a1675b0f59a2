// The socketTextStream node kind as plain data (no engine code: the app reads it): a real socket. In
// Node (the CLI, exported programs) it reads host:port over TCP as Spark does; a browser cannot open TCP,
// so in the studio it reads the WebSocket of the feeder (`npx dstream-studio feed`), which serves the
// same lines on both. The simulated socket (replaying its own text) is the textLines kind.
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { levels } from "../../storage/common";
import { source } from "../common";

export const socketTextStream = defineKind({
  ...source,
  kind: "socketTextStream",
  label: "socketTextStream",
  sparkMethod: "StreamingContext.socketTextStream",
  doc: "Lines from a real socket (StreamingContext.socketTextStream): TCP host:port in Node; in the browser the feeder's WebSocket (npx dstream-studio feed), with Spark's receiver restarts.",
  output: "plain",
  needsCheckpoint: false,
  realWorld: { urls: (p) => (typeof p.webSocketUrl === "string" ? [p.webSocketUrl] : []) },
  params: [
    {
      name: "host",
      label: "Host",
      param: { type: "string" },
      default: "localhost",
      doc: "The host Spark (and this node in Node) connects to.",
      validate: (v) => (String(v).trim() === "" ? "The host is required" : undefined),
    },
    intParam("port", "Port", 9999, "The TCP port (nc -lk 9999, or npx dstream-studio feed).", {
      min: 1,
      max: 65535,
    }),
    {
      name: "webSocketUrl",
      label: "WebSocket (browser)",
      param: { type: "string", placeholder: "ws://localhost:9998" },
      default: "ws://localhost:9998",
      doc: "Where the studio connects in the browser, which cannot open TCP: the feeder's WebSocket (its --ws-port).",
      validate: (v) =>
        /^wss?:\/\/[^\s/]+/.test(String(v)) ? undefined : "A ws:// or wss:// URL, e.g. ws://localhost:9998",
    },
    {
      name: "storageLevel",
      label: "Storage level",
      param: { type: "enum", options: Object.entries(levels).map(([v, label]) => ({ value: v, label })) },
      default: "MEMORY_AND_DISK_SER_2",
      doc: "Where received blocks are kept (Spark's default for socketTextStream: MEMORY_AND_DISK_SER_2); the engine keeps them in memory.",
    },
  ],
  summary: (p) => `${p.host}:${p.port} · ${p.webSocketUrl}`,
});
