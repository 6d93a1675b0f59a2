// stockTicker: the engine's StockTickerReceiver in TypeScript; in PySpark and Scala, its exact port
// (engine/codegen/runtime): the same ticks for the same seed, queued one RDD per batch.
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { tsLiteral } from "../../../../codegen/internals/tsFunctions";
import { symbolList } from "./spec";

export const stockTickerEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("StockTickerReceiver");
    return `ssc.receiverStream(new StockTickerReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, symbols: ${tsLiteral(symbolList(s.params.symbols))}, volatility: ${h.lit("volatility")}, outOfOrderFraction: ${h.lit("outOfOrderFraction")} }))`;
  },
  pyspark: (_s, h) => h.generator("stockTicker"),
  scala: (_s, h) => h.generator("stockTicker"),
};
