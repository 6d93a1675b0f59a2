// The stand-ins for the stockTicker receiver in exported PySpark and Scala (which have no such receiver):
// a queueStream of seeded batches with the same shape of data, as the other generated sources have.
import type { GeneratorCode } from "../../../../codegen/internals/emit";

export const PY_STOCK_TICKER: GeneratorCode = {
  fn: "stock_tick_batches",
  code: [
    "def stock_tick_batches(seed, ticks_per_batch, symbols, volatility, out_of_order_fraction, batch_seconds, batches=100):",
    '    """STUB for the studio\'s stockTicker receiver: each symbol\'s price a random walk, event times some out of order."""',
    "    rng = random.Random(seed)",
    "    prices = [100.0 + 25 * i for i in range(len(symbols))]",
    "    out = []",
    "    for b in range(batches):",
    "        ticks = []",
    "        for _ in range(ticks_per_batch):",
    "            i = rng.randrange(len(symbols))",
    "            prices[i] *= math.exp(volatility * rng.gauss(0, 1))",
    "            event_ms = int((b + rng.random()) * batch_seconds * 1000)",
    "            if rng.random() < out_of_order_fraction:",
    "                event_ms = max(0, event_ms - rng.randrange(1, 5001))",
    '            ticks.append({"symbol": symbols[i], "price": round(prices[i], 2), "eventTimeMs": event_ms})',
    "        out.append(sc.parallelize(ticks))",
    "    return out",
  ],
};

export const SCALA_STOCK_TICKER: GeneratorCode = {
  fn: "stockTickBatches",
  code: [
    "  case class StockTick(symbol: String, price: Double, eventTimeMs: Long)",
    "",
    "  /** STUB for the studio's stockTicker receiver: each symbol's price a random walk, event times some out of order. */",
    "  def stockTickBatches(sc: SparkContext, seed: Long, ticksPerBatch: Int, symbols: Seq[String], volatility: Double, outOfOrderFraction: Double, batchMs: Long): mutable.Queue[RDD[StockTick]] = {",
    "    val rng = new Random(seed)",
    "    val prices = Array.tabulate(symbols.size)(i => 100.0 + 25 * i)",
    "    mutable.Queue((0 until 100).map { b =>",
    "      sc.parallelize(Seq.fill(ticksPerBatch) {",
    "        val i = rng.nextInt(symbols.size)",
    "        prices(i) *= math.exp(volatility * rng.nextGaussian())",
    "        val eventMs = ((b + rng.nextDouble()) * batchMs).toLong",
    "        val lag = if (rng.nextDouble() < outOfOrderFraction) 1 + rng.nextInt(5000) else 0",
    "        StockTick(symbols(i), math.round(prices(i) * 100) / 100.0, math.max(0L, eventMs - lag))",
    "      })",
    "    }: _*)",
    "  }",
  ],
};
