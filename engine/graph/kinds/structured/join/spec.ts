// join: a stream with a static DataFrame (stream-static join), on columns of the same name.
import { defineKind } from "../../../catalog/defineKind";
import { enumParam, structuredKind, textParam } from "../common";

export const join = defineKind({
  ...structuredKind,
  category: "join",
  output: "plain",
  inputs: { min: 2, max: 2, names: ["left", "right"] },
  kind: "structured.join",
  label: "join",
  sparkMethod: "Dataset.join",
  doc: "Joins a streaming DataFrame with a static one on columns of the same name (Dataset.join(right, usingColumns, joinType)); each trigger's rows meet the whole static table.",
  params: [
    textParam("on", "On columns", "sensorId", "Comma-separated column names both sides have."),
    enumParam(
      "how",
      "Join type",
      ["inner", "left_outer", "right_outer", "full_outer", "left_semi", "left_anti"],
      "inner",
      "Spark's joinType; outer joins are refused where the streaming side would need state Spark does not keep.",
    ),
  ],
  summary: (p) => `${p.how} on ${p.on}`,
});
