// readStream.format("socket"): lines of text, one row each (column value); here the lines come from
// the node's own list, one inner array per trigger, as `nc -lk` would have sent them.
import { defineKind } from "../../../catalog/defineKind";
import { rowsCheck, structuredSource } from "../common";

export const socket = defineKind({
  ...structuredSource,
  kind: "structured.socket",
  label: "socket",
  sparkMethod: 'DataStreamReader.format("socket")',
  doc: "Spark's socket source (lines of text, column value STRING), fed by the lines listed here: one array per trigger. With includeTimestamp, a timestamp column holds each line's arrival time.",
  params: [
    {
      name: "lines",
      label: "Lines per trigger",
      param: { type: "json", placeholder: '[["apache spark"], ["spark streaming"]]' },
      default: [["apache spark", "spark streaming"], ["structured streaming"], ["spark"]],
      doc: "A JSON array of triggers, each an array of lines (what the socket sends before that trigger).",
      validate: (v) => {
        if (!Array.isArray(v) || v.some((b) => !Array.isArray(b) || b.some((l) => typeof l !== "string")))
          return "Lines must be a JSON array of arrays of strings";
        return rowsCheck("Lines", true)(v.map((b: string[]) => b.map((l) => [l])));
      },
    },
    {
      name: "includeTimestamp",
      label: "Include timestamp",
      param: { type: "boolean" },
      default: false,
      doc: "Adds a timestamp column with the arrival time (option includeTimestamp).",
    },
  ],
  summary: (p) => `${Array.isArray(p.lines) ? p.lines.length : 0} triggers of lines`,
});
