// stockTicker: the engine's StockTickerReceiver in TypeScript; in PySpark and Scala, a marked stand-in:
// a queueStream of seeded ticks (./generators.ts).
import type { KindEmitters } from "../../../../codegen/internals/emit";
import { pyLiteral, scalaLiteral } from "../../../../codegen/internals/literals";
import { tsLiteral } from "../../../../codegen/internals/tsFunctions";
import { PY_STOCK_TICKER, SCALA_STOCK_TICKER } from "./generators";
import { symbolList } from "./spec";

const STAND_IN_NOTE = (label: string) =>
  `STUB: "${label}" is the studio's seeded stockTicker receiver; here a queue of similar random data.`;

export const stockTickerEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("StockTickerReceiver");
    return `ssc.receiverStream(new StockTickerReceiver({ seed: ${h.seed()}, recordsPerSecond: ${h.lit("rate")}, symbols: ${tsLiteral(symbolList(s.params.symbols))}, volatility: ${h.lit("volatility")}, outOfOrderFraction: ${h.lit("outOfOrderFraction")} }))`;
  },
  pyspark: (s, h) => {
    h.note(STAND_IN_NOTE(s.node.label || s.node.id));
    return `ssc.queueStream(${h.standIn(PY_STOCK_TICKER)}(${s.params.seed}, ${h.perBatch()}, ${pyLiteral(symbolList(s.params.symbols), 1)}, ${s.params.volatility}, ${s.params.outOfOrderFraction}, BATCH_INTERVAL_SECONDS))`;
  },
  scala: (s, h) => {
    h.note(STAND_IN_NOTE(s.node.label || s.node.id));
    return `ssc.queueStream(${h.standIn(SCALA_STOCK_TICKER)}(sc, ${s.params.seed}L, ${h.perBatch()}, ${scalaLiteral(symbolList(s.params.symbols), 1)}, ${s.params.volatility}, ${s.params.outOfOrderFraction}, BatchIntervalMs))`;
  },
};
