// where and filter: the same call under Spark's two names, the condition as SQL text.
import { parseExpression } from "../sql/parse";
import { toSql } from "../sql/toSql";
import { inBoth, type StructuredKindEmitters } from "./emit";
import { text } from "./literals";

export const conditionEmitters = (method: "where" | "filter"): StructuredKindEmitters =>
  inBoth(
    ({ node, inputs }, l) =>
      `${inputs[0]}.${method}(${l.str(toSql(parseExpression(text(node.params.condition))))})`,
  );
