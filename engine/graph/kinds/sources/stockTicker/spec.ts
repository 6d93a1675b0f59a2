// The stockTicker node kind as plain data (no engine code: the app reads it). A seeded source: its
// compile step and emission are in compile.ts and emit.ts beside this file.
import { defineKind } from "../../../catalog/defineKind";
import { numberParam, rateParam, seedParam } from "../../../catalog/params";
import { source } from "../common";

/** "ACME, GLOBEX INITECH" -> ["ACME", "GLOBEX", "INITECH"]: commas or spaces between symbols. */
export function symbolList(value: unknown): string[] {
  return typeof value === "string" ? value.split(/[\s,]+/).filter((s) => s !== "") : [];
}

export const stockTicker = defineKind({
  ...source,
  kind: "stockTicker",
  label: "stockTicker",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting stock ticks: each symbol's price a seeded random walk, with event timestamps, some out of order.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(20, "ticks/s"),
    {
      name: "symbols",
      label: "Symbols",
      param: { type: "string", placeholder: "ACME, GLOBEX" },
      default: "ACME, GLOBEX, INITECH, UMBRELLA",
      doc: "The ticker symbols, separated by commas or spaces; each starts at its own price.",
      validate: (v) => (symbolList(v).length > 0 ? undefined : "Symbols must name at least one symbol"),
    },
    numberParam(
      "volatility",
      "Volatility",
      0.01,
      "Standard deviation of a tick's log return (0.01: about 1% per tick).",
      { min: 0, max: 1, step: 0.005 },
    ),
    numberParam(
      "outOfOrderFraction",
      "Out of order",
      0.1,
      "Fraction of ticks whose event time lags behind (up to 5 s).",
      { min: 0, max: 1, step: 0.05 },
    ),
  ],
  summary: (p) => `${p.rate} ticks/s · ${symbolList(p.symbols).length} symbols`,
});
