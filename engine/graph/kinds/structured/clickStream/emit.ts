// The seeded click stream, generated here as the engine generates it and replayed one file a trigger.
import type { StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { generatedSourceEmitters } from "../../../../structured/codegen/replay";

export const clickStreamEmitters: StructuredKindEmitters = generatedSourceEmitters;
