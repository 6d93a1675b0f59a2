// stockTicker: the engine's seeded StockTickerReceiver.
import { StockTickerReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, type GeneratorFactory, num } from "../compileGenerator";
import { symbolList } from "./spec";

/** The receiver for a node's params (the cross-language test builds it the same way). */
export const stockTickerReceiver: GeneratorFactory = (p, base) =>
  new StockTickerReceiver({
    ...base,
    symbols: symbolList(p.symbols),
    volatility: num(p.volatility),
    outOfOrderFraction: num(p.outOfOrderFraction),
  });

export const compileStockTicker = (ctx: BuildContext) => compileGenerator(ctx, stockTickerReceiver);
