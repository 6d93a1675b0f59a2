// The seeded demo sources as receivers, built from a node's (resolved) params.

import {
  ClickStreamReceiver,
  RandomWordsReceiver,
  SensorReadingsReceiver,
  StockTickerReceiver,
  TextLinesReceiver,
} from "../../sources/generators/index";
import type { Receiver } from "../../sources/Receiver";
import { symbolList } from "../kinds/sources/stockTicker/spec";

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export function generatorReceiver(kind: string, p: Record<string, unknown>): Receiver<unknown> {
  const base = { seed: num(p.seed), recordsPerSecond: num(p.rate) };
  switch (kind) {
    case "textLines":
      return new TextLinesReceiver({ ...base, lines: String(p.lines ?? "").split("\n") });
    case "randomWords":
      return new RandomWordsReceiver({
        ...base,
        vocabularySize: num(p.vocabularySize),
        zipfExponent: num(p.zipfExponent),
        wordsPerLine: num(p.wordsPerLine),
      });
    case "sensorReadings":
      return new SensorReadingsReceiver({
        ...base,
        sensors: num(p.sensors),
        outOfOrderFraction: num(p.outOfOrderFraction),
      });
    case "stockTicker":
      return new StockTickerReceiver({
        ...base,
        symbols: symbolList(p.symbols),
        volatility: num(p.volatility),
        outOfOrderFraction: num(p.outOfOrderFraction),
      });
    case "clickStream":
      return new ClickStreamReceiver({ ...base, users: num(p.users), pages: num(p.pages) });
    default:
      throw new Error(`No generator for source kind "${kind}"`);
  }
}
