// The studio's seeded sensor readings as a streaming DataFrame, with an event-time column: some
// readings arrive late (out of order), which is what watermarks are for.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, numberParam, rateParam, seedParam } from "../../../catalog/params";
import { structuredSource } from "../common";

export const sensorReadings = defineKind({
  ...structuredSource,
  kind: "structured.sensorReadings",
  label: "sensorReadings",
  sparkMethod: "DataStreamReader (seeded generator)",
  doc: "Seeded sensor readings: sensorId STRING, value DOUBLE, eventTime TIMESTAMP; a fraction arrive late, their event time behind their arrival.",
  params: [
    seedParam(),
    rateParam(5),
    intParam("sensors", "Sensors", 3, "Number of distinct sensors.", { min: 1, max: 100_000 }),
    numberParam(
      "outOfOrderFraction",
      "Out of order",
      0.2,
      "Fraction of readings whose event time lags behind.",
      { min: 0, max: 1, step: 0.05 },
    ),
    intParam(
      "maxLatenessMs",
      "Max lateness",
      15000,
      "How far behind its arrival a late reading's event time may be.",
      { min: 1, max: 86_400_000, unit: "ms" },
    ),
  ],
  summary: (p) => `${p.rate} rows/s · ${p.sensors} sensors`,
});
