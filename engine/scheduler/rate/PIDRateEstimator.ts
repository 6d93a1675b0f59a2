import type { RateEstimator } from "../RateController";

/** Spark's defaults: spark.streaming.backpressure.pid.{proportional,integral,derived,minRate}. */
export const PID_DEFAULTS = { proportional: 1.0, integral: 0.2, derivative: 0.0, minRate: 100 } as const;

export interface PIDOptions {
  proportional?: number;
  integral?: number;
  derivative?: number;
  minRate?: number;
}

/** A Scala Double as its toString prints it in Spark's messages (1.0, not 1). */
const scalaDouble = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));

function requirement(ok: boolean, message: string): void {
  if (!ok) throw new Error(`requirement failed: ${message}`);
}

/**
 * Spark's PIDRateEstimator, term for term. The error is the gap between the rate it set last time and
 * the rate the batch was really processed at; the integral term turns scheduling delay into the
 * backlog rate that built it up. The first batch only records the processing rate (no estimate).
 */
export class PIDRateEstimator implements RateEstimator {
  private firstRun = true;
  private latestTime = -1;
  private latestRate = -1;
  private latestError = -1;
  readonly proportional: number;
  readonly integral: number;
  readonly derivative: number;
  readonly minRate: number;

  constructor(
    readonly batchIntervalMillis: number,
    options: PIDOptions = {},
  ) {
    this.proportional = options.proportional ?? PID_DEFAULTS.proportional;
    this.integral = options.integral ?? PID_DEFAULTS.integral;
    this.derivative = options.derivative ?? PID_DEFAULTS.derivative;
    this.minRate = options.minRate ?? PID_DEFAULTS.minRate;
    requirement(
      batchIntervalMillis > 0,
      `Specified batch interval ${batchIntervalMillis} in PIDRateEstimator is invalid.`,
    );
    requirement(
      this.proportional >= 0,
      `Proportional term ${scalaDouble(this.proportional)} in PIDRateEstimator should be >= 0.`,
    );
    requirement(
      this.integral >= 0,
      `Integral term ${scalaDouble(this.integral)} in PIDRateEstimator should be >= 0.`,
    );
    requirement(
      this.derivative >= 0,
      `Derivative term ${scalaDouble(this.derivative)} in PIDRateEstimator should be >= 0.`,
    );
    requirement(this.minRate > 0, "Minimum rate in PIDRateEstimator should be > 0");
  }

  compute(
    timeMs: number,
    elements: number,
    processingDelayMs: number,
    schedulingDelayMs: number,
  ): number | undefined {
    if (!(timeMs > this.latestTime && elements > 0 && processingDelayMs > 0)) return undefined;
    const delaySinceUpdate = (timeMs - this.latestTime) / 1000; // seconds
    const processingRate = (elements / processingDelayMs) * 1000; // records/s
    const error = this.latestRate - processingRate;
    // Scheduling delay s means s * processingRate records are still queued; spread over one interval.
    const historicalError = (schedulingDelayMs * processingRate) / this.batchIntervalMillis;
    const dError = (error - this.latestError) / delaySinceUpdate;
    const newRate = Math.max(
      this.latestRate -
        this.proportional * error -
        this.integral * historicalError -
        this.derivative * dError,
      this.minRate,
    );
    this.latestTime = timeMs;
    if (this.firstRun) {
      this.latestRate = processingRate;
      this.latestError = 0;
      this.firstRun = false;
      return undefined;
    }
    this.latestRate = newRate;
    this.latestError = error;
    return newRate;
  }
}
