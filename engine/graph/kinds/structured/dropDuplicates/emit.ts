// dropDuplicates(columns) (all columns when none are named).
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { columnList } from "../../../../structured/codegen/literals";

export const dropDuplicatesEmitters: StructuredKindEmitters = inBoth(({ node, inputs }, l) => {
  const cols = columnList(node.params.columns);
  return `${inputs[0]}.dropDuplicates(${cols.length > 0 ? l.strings(cols) : ""})`;
});
