// The httpStream node kind as plain data: a Server-Sent Events or newline-delimited JSON URL as a source.
// Spark has no such source (a custom Receiver reads it); the exports say what it stands for.
import { defineKind } from "../../../catalog/defineKind";
import { source } from "../common";

export const httpStream = defineKind({
  ...source,
  kind: "httpStream",
  label: "httpStream (SSE / NDJSON)",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "Records from an HTTP stream: Server-Sent Events (each event's data) or newline-delimited JSON (each line parsed); Spark reads it with a custom Receiver (StreamingContext.receiverStream).",
  output: "unknown",
  needsCheckpoint: false,
  realWorld: { urls: (p) => (typeof p.url === "string" ? [p.url] : []) },
  params: [
    {
      name: "url",
      label: "URL",
      param: { type: "string", placeholder: "http://localhost:9998/sse" },
      default: "http://localhost:9998/sse",
      doc: "The stream's URL; from the browser its server must allow other origins (Access-Control-Allow-Origin: *), as the feeder's /sse and /ndjson do.",
      validate: (v) => (/^https?:\/\/[^\s/]+/.test(String(v)) ? undefined : "An http:// or https:// URL"),
    },
    {
      name: "format",
      label: "Format",
      param: {
        type: "enum",
        options: [
          { value: "sse", label: "Server-Sent Events (text/event-stream)" },
          { value: "ndjson", label: "Newline-delimited JSON" },
        ],
      },
      default: "sse",
      doc: "SSE: each event's data is a text record; NDJSON: each line is parsed as JSON (a malformed line is dropped and reported).",
    },
  ],
  summary: (p) => `${p.format} · ${p.url}`,
});
