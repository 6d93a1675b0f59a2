// filter(condition): the condition's SQL text.

import { conditionEmitters } from "../../../../structured/codegen/condition";
import type { StructuredKindEmitters } from "../../../../structured/codegen/emit";

export const filterEmitters: StructuredKindEmitters = conditionEmitters("filter");
