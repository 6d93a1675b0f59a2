// groupBy(window(...), keys...).agg(...): each key and aggregate an aliased expr, named as Spark names it.
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { text } from "../../../../structured/codegen/literals";
import { autoName } from "../../../../structured/sql/names";
import { parseExpressionList } from "../../../../structured/sql/parse";
import { toSql } from "../../../../structured/sql/toSql";

export const groupByEmitters: StructuredKindEmitters = inBoth(({ node: { params: p }, inputs }, l) => {
  const aliased = (list: string) =>
    parseExpressionList(list).map(
      (e) => `${l.fn("expr")}(${l.str(toSql(e.k === "alias" ? e.e : e))}).alias(${l.str(autoName(e))})`,
    );
  const keys: string[] = [];
  if (text(p.windowColumn).trim() !== "") {
    const slide = text(p.slideDuration).trim();
    keys.push(
      `${l.fn("window")}(${l.col(text(p.windowColumn).trim())}, ${l.str(text(p.windowDuration))}${slide ? `, ${l.str(slide)}` : ""})`,
    );
  }
  if (text(p.keys).trim() !== "") keys.push(...aliased(text(p.keys)));
  return `${inputs[0]}.groupBy(${keys.join(", ")}).agg(${aliased(text(p.aggs)).join(", ")})`;
});
