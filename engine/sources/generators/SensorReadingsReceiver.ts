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
  private readonly outOfOrderFraction: number;
  private readonly maxLatenessMs: number;

  constructor(options: SensorReadingsOptions = {}) {
    super(options);
    const sensors = Math.max(1, Math.floor(options.sensors ?? 5));
    this.outOfOrderFraction = options.outOfOrderFraction ?? 0.1;
    this.maxLatenessMs = options.maxLatenessMs ?? 5000;
    this.levels = Array.from({ length: sensors }, (_, i) => 20 + 5 * i);
  }

  protected nextRecord(arrivalMs: number): SensorReading {
    const i = this.prng.nextInt(this.levels.length);
    this.levels[i] += this.prng.nextGaussian() * 0.5;
    const late = this.prng.next() < this.outOfOrderFraction;
    const lag = late ? 1 + this.prng.nextInt(this.maxLatenessMs) : 0;
    return {
      sensorId: `sensor-${i + 1}`,
      value: Math.round(this.levels[i] * 100) / 100,
      eventTimeMs: Math.max(0, arrivalMs - lag),
    };
  }
}
