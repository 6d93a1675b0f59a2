// The seeded sensor readings, generated here as the engine generates them and replayed one file a trigger.
import type { StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { generatedSourceEmitters } from "../../../../structured/codegen/replay";

export const sensorReadingsEmitters: StructuredKindEmitters = generatedSourceEmitters;
