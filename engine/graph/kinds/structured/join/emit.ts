// join(right, usingColumns, joinType): the stream (left) joined with its second input.
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { columnList, text } from "../../../../structured/codegen/literals";

export const joinEmitters: StructuredKindEmitters = inBoth(
  ({ node: { params: p }, inputs }, l) =>
    `${inputs[0]}.join(${inputs[1]}, ${l.strings(columnList(p.on))}, ${l.str(text(p.how) || "inner")})`,
);
