// Sensor readings {sensorId, value, eventTimeMs}: each sensor's value is a random walk around its own
// level; the event time is the arrival time, except for a fraction of late readings whose event time lags
// by up to `maxLatenessMs` (out of order, as real devices behind flaky networks).
import { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";

export interface SensorReading {
  sensorId: string;
  value: number;
  eventTimeMs: number;
}

export interface SensorReadingsOptions extends GeneratorOptions {
  sensors?: number;
  outOfOrderFraction?: number;
  maxLatenessMs?: number;
}

export class SensorReadingsReceiver extends GeneratorReceiver<SensorReading> {
  private readonly levels: number[];
  /** "sensor-1", ... made once, not per reading. */
  private readonly sensorIds: string[];
  private readonly outOfOrderFraction: number;
  private readonly maxLatenessMs: number;

  constructor(options: SensorReadingsOptions = {}) {
    super(options);
    const sensors = Math.max(1, Math.floor(options.sensors ?? 5));
    this.outOfOrderFraction = options.outOfOrderFraction ?? 0.1;
    this.maxLatenessMs = options.maxLatenessMs ?? 5000;
    this.levels = Array.from({ length: sensors }, (_, i) => 20 + 5 * i);
    this.sensorIds = Array.from({ length: sensors }, (_, i) => `sensor-${i + 1}`);
  }

  protected fill(n: number, fromMs: number, spanMs: number): SensorReading[] {
    const out = new Array<SensorReading>(n);
    for (let i = 0; i < n; i++) out[i] = this.nextRecord(fromMs + Math.floor(((i + 1) * spanMs) / n));
    return out;
  }

  protected nextRecord(arrivalMs: number): SensorReading {
    const prng = this.prng;
    const levels = this.levels;
    const i = prng.nextInt(levels.length);
    const level = levels[i] + prng.nextGaussian() * 0.5;
    levels[i] = level;
    const late = prng.next() < this.outOfOrderFraction;
    const lag = late ? 1 + prng.nextInt(this.maxLatenessMs) : 0;
    return {
      sensorId: this.sensorIds[i],
      value: Math.round(level * 100) / 100,
      eventTimeMs: lag === 0 ? arrivalMs : Math.max(0, arrivalMs - lag),
    };
  }
}
