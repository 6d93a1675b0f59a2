// The textLines node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, rateParam } from "../../../catalog/params";
import { source } from "../common";

export const textLines = defineKind({
  ...source,
  kind: "textLines",
  label: "socketTextStream (simulated)",
  sparkMethod: "StreamingContext.socketTextStream",
  doc: "Simulated: replays its own lines at a rate, as StreamingContext.socketTextStream would receive them (nc -lk 9999); opens no connection. The socketTextStream node reads a real socket.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    {
      name: "lines",
      label: "Lines",
      param: { type: "string", multiline: true },
      default: "to be or not to be\nthat is the question\nwhether tis nobler in the mind to suffer",
      doc: "The text sent down the socket, one record per line, repeated from the top when exhausted.",
    },
    rateParam(5, "lines/s"),
    {
      name: "host",
      label: "Host",
      param: { type: "string" },
      default: "localhost",
      doc: "Host of socketTextStream in exported code.",
    },
    intParam("port", "Port", 9999, "Port of socketTextStream in exported code.", { min: 1, max: 65535 }),
  ],
  summary: (p) => `${p.host}:${p.port} · ${p.rate} lines/s`,
});
