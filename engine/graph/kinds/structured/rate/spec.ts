// readStream.format("rate"): rows (timestamp, value) at rowsPerSecond, value counting from 0.
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { structuredSource } from "../common";

export const rate = defineKind({
  ...structuredSource,
  kind: "structured.rate",
  label: "rate",
  sparkMethod: 'DataStreamReader.format("rate")',
  doc: "Spark's rate source: rowsPerSecond rows a second, columns timestamp (TIMESTAMP) and value (BIGINT, from 0).",
  params: [
    intParam("rowsPerSecond", "Rows per second", 5, "Rows generated per second (option rowsPerSecond).", {
      min: 1,
      max: 1_000_000,
    }),
  ],
  summary: (p) => `${p.rowsPerSecond} rows/s`,
});
