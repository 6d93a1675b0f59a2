// Stock ticks {symbol, price, eventTimeMs}: each symbol's price is a seeded geometric random walk
// (price *= exp(volatility * N(0, 1)) per tick of that symbol); the event time is the arrival time,
// except for a fraction of late ticks whose event time lags by up to `maxLatenessMs` (out of order).
import { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";

export interface StockTick {
  symbol: string;
  price: number;
  eventTimeMs: number;
}

export interface StockTickerOptions extends GeneratorOptions {
  symbols?: readonly string[];
  /** Standard deviation of a tick's log return (default 0.01, about 1%). */
  volatility?: number;
  outOfOrderFraction?: number;
  maxLatenessMs?: number;
}

export class StockTickerReceiver extends GeneratorReceiver<StockTick> {
  private readonly symbols: readonly string[];
  private readonly prices: number[];
  private readonly volatility: number;
  private readonly outOfOrderFraction: number;
  private readonly maxLatenessMs: number;

  constructor(options: StockTickerOptions = {}) {
    super(options);
    this.symbols = options.symbols?.length ? [...options.symbols] : ["ACME"];
    this.volatility = options.volatility ?? 0.01;
    this.outOfOrderFraction = options.outOfOrderFraction ?? 0.1;
    this.maxLatenessMs = options.maxLatenessMs ?? 5000;
    this.prices = this.symbols.map((_, i) => 100 + 25 * i);
  }

  protected fill(n: number, fromMs: number, spanMs: number): StockTick[] {
    const out = new Array<StockTick>(n);
    for (let i = 0; i < n; i++) out[i] = this.nextRecord(fromMs + Math.floor(((i + 1) * spanMs) / n));
    return out;
  }

  protected nextRecord(arrivalMs: number): StockTick {
    const i = this.prng.nextInt(this.symbols.length);
    this.prices[i] *= Math.exp(this.volatility * this.prng.nextGaussian());
    const late = this.prng.next() < this.outOfOrderFraction;
    const lag = late ? 1 + this.prng.nextInt(this.maxLatenessMs) : 0;
    return {
      symbol: this.symbols[i],
      price: Math.round(this.prices[i] * 100) / 100,
      eventTimeMs: Math.max(0, arrivalMs - lag),
    };
  }
}
