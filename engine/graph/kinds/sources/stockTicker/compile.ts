// stockTicker: the engine's seeded StockTickerReceiver.
import { StockTickerReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, num } from "../compileGenerator";
import { symbolList } from "./spec";

export const compileStockTicker = (ctx: BuildContext) =>
  compileGenerator(
    ctx,
    (p, base) =>
      new StockTickerReceiver({
        ...base,
        symbols: symbolList(p.symbols),
        volatility: num(p.volatility),
        outOfOrderFraction: num(p.outOfOrderFraction),
      }),
  );
