// sensorReadings: the engine's seeded SensorReadingsReceiver.
import { SensorReadingsReceiver } from "../../../../sources/generators/index";
import type { BuildContext } from "../../../compileContext";
import { compileGenerator, num } from "../compileGenerator";

export const compileSensorReadings = (ctx: BuildContext) =>
  compileGenerator(
    ctx,
    (p, base) =>
      new SensorReadingsReceiver({
        ...base,
        sensors: num(p.sensors),
        outOfOrderFraction: num(p.outOfOrderFraction),
      }),
  );
