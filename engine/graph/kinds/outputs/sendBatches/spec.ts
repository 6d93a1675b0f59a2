// The sendBatches node kind as plain data: each batch as one JSON message
// {"batchTime": ms, "records": [...]}, POSTed to a URL or sent on a WebSocket. Spark does it in
// foreachRDD with an HTTP client.
import { defineKind } from "../../../catalog/defineKind";
import { output } from "../common";

export const sendBatches = defineKind({
  ...output,
  kind: "sendBatches",
  label: "foreachRDD → HTTP / WebSocket",
  sparkMethod: "DStream.foreachRDD",
  doc: 'Sends every batch as one JSON message {"batchTime", "records"}: an HTTP POST or a WebSocket message (foreachRDD with an HTTP client); failures are shown on the node and the run goes on.',
  realWorld: { urls: (p) => (typeof p.url === "string" ? [p.url] : []) },
  params: [
    {
      name: "url",
      label: "URL",
      param: { type: "string", placeholder: "http://localhost:8080/batches" },
      default: "http://localhost:8080/batches",
      doc: "http(s):// for POST, ws(s):// for a WebSocket; from the browser an HTTP server must allow other origins (CORS).",
      validate: (v) =>
        /^(https?|wss?):\/\/[^\s/]+/.test(String(v)) ? undefined : "An http(s):// or ws(s):// URL",
    },
  ],
  summary: (p) => String(p.url),
});
