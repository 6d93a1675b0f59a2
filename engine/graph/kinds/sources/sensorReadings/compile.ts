// sensorReadings: the engine's seeded SensorReadingsReceiver.
import { SensorReadingsReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, type GeneratorFactory, num } from "../compileGenerator";

/** The receiver for a node's params (the cross-language test builds it the same way). */
export const sensorReadingsReceiver: GeneratorFactory = (p, base) =>
  new SensorReadingsReceiver({
    ...base,
    sensors: num(p.sensors),
    outOfOrderFraction: num(p.outOfOrderFraction),
  });

export const compileSensorReadings = (ctx: BuildContext) => compileGenerator(ctx, sensorReadingsReceiver);
