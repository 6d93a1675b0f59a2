import { describe, expect, it } from "vitest";
import { toPySpark } from "../../../../codegen/pyspark";
import { toScala } from "../../../../codegen/scala";
import { toTypeScript } from "../../../../codegen/typescript";
import { type StockTick, StockTickerReceiver } from "../../../../sources/generators/index";
import { compilePipeline } from "../../../compile";
import { chain, doc, node } from "../../../testPipelines";
import { validatePipeline } from "../../../validate";

const ticks = (options: ConstructorParameters<typeof StockTickerReceiver>[0]) =>
  new StockTickerReceiver({ recordsPerSecond: 200, ...options }).records(0, 10_000);

describe("StockTickerReceiver", () => {
  it("is deterministic: the same seed gives the same ticks, another seed others", () => {
    expect(ticks({ seed: 7 })).toEqual(ticks({ seed: 7 }));
    expect(ticks({ seed: 7 })).not.toEqual(ticks({ seed: 8 }));
  });

  it("walks each symbol's price from its own level, by small multiplicative steps", () => {
    const all = ticks({ seed: 1, symbols: ["A", "B"], volatility: 0.01 });
    expect(new Set(all.map((t) => t.symbol))).toEqual(new Set(["A", "B"]));
    for (const symbol of ["A", "B"]) {
      const prices = all.filter((t) => t.symbol === symbol).map((t) => t.price);
      expect(prices.length).toBeGreaterThan(100);
      // 6 standard deviations of a tick's log return, plus the rounding to cents.
      for (let i = 1; i < prices.length; i++)
        expect(Math.abs(Math.log(prices[i] / prices[i - 1]))).toBeLessThan(0.07);
    }
    expect(all.find((t) => t.symbol === "A")!.price).toBeCloseTo(100, -1);
    expect(all.find((t) => t.symbol === "B")!.price).toBeCloseTo(125, -1);
  });

  it("sends a fraction of ticks with a lagging event time (out of order), none at fraction 0", () => {
    const outOfOrder = (all: StockTick[]) =>
      all.filter((t, i) => i > 0 && t.eventTimeMs < all[i - 1].eventTimeMs).length;
    const late = ticks({ seed: 3, outOfOrderFraction: 0.3 });
    expect(outOfOrder(late) / late.length).toBeGreaterThan(0.1);
    expect(outOfOrder(ticks({ seed: 3, outOfOrderFraction: 0 }))).toBe(0);
  });
});

describe("the stockTicker node", () => {
  const pipeline = (params: Record<string, unknown>) => {
    const nodes = [node("ticks", "stockTicker", params), node("out", "foreachRDD")];
    return doc(nodes, chain(nodes));
  };

  it("runs the receiver with the node's symbols and seed", async () => {
    const rows: unknown[] = [];
    const { ssc } = compilePipeline(pipeline({ symbols: "X, Y", seed: 5, rate: 10 }), {
      sink: { records: (_id, _t, _kind, records) => rows.push(...records) },
    });
    ssc.start();
    await ssc.advance(2);
    ssc.stop();
    expect(rows.length).toBe(20);
    expect(new Set((rows as StockTick[]).map((t) => t.symbol))).toEqual(new Set(["X", "Y"]));
  });

  it("refuses an empty symbol list at the param", () => {
    const issues = validatePipeline(pipeline({ symbols: " , " }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        nodeId: "ticks",
        param: "symbols",
        message: "Symbols must name at least one symbol",
      }),
    );
  });

  it("exports the receiver in TypeScript and its exact port in PySpark and Scala (no stub)", () => {
    const d = pipeline({ symbols: "X Y", seed: 5, rate: 10 });
    expect(toTypeScript(d).code).toContain(
      'new StockTickerReceiver({ seed: seed(5, 0), recordsPerSecond: 10, symbols: ["X", "Y"], volatility: 0.01, outOfOrderFraction: 0.1 })',
    );
    const py = toPySpark(d);
    expect(py.code).toContain('ssc.queueStream(stock_ticker_batches(5, 10, ["X", "Y"], 0.01, 0.1, 5000))');
    expect(py.code).not.toContain("STUB");
    const scala = toScala(d);
    expect(scala.code).toContain(
      'ssc.queueStream(stockTickerBatches(sc, 5L, 10, Seq("X", "Y"), 0.01, 0.1, 5000))',
    );
    expect(scala.code).not.toContain("STUB");
  });
});
