// The sensorReadings node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, numberParam, rateParam, seedParam } from "../../../catalog/params";
import { source } from "../common";

export const sensorReadings = defineKind({
  ...source,
  kind: "sensorReadings",
  label: "sensorReadings",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting sensor readings with event timestamps, some out of order.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(50),
    intParam("sensors", "Sensors", 5, "Number of distinct sensors.", { min: 1, max: 100_000 }),
    numberParam(
      "outOfOrderFraction",
      "Out of order",
      0.1,
      "Fraction of readings whose event time lags behind.",
      {
        min: 0,
        max: 1,
        step: 0.05,
      },
    ),
  ],
  summary: (p) => `${p.rate} rec/s · ${p.sensors} sensors`,
});
