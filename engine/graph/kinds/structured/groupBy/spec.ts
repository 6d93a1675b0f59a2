// groupBy(window(eventTime, length, slide), keys...).agg(...): a streaming aggregation, on event-time
// windows when a window column is set. State per group lives across triggers.
import { defineKind } from "../../../catalog/defineKind";
import { exprListParam, intervalParam, structuredOperator, textParam } from "../common";

export const groupBy = defineKind({
  ...structuredOperator,
  category: "window",
  kind: "structured.groupBy",
  label: "groupBy.agg",
  sparkMethod: "Dataset.groupBy(window(...), ...).agg",
  doc: "Aggregates rows per group (groupBy(...).agg): with a window column, per event-time window (window(col, windowDuration, slideDuration)) and keys.",
  params: [
    textParam(
      "windowColumn",
      "Window on",
      "timestamp",
      "The TIMESTAMP column of window(...); empty groups by the keys only.",
      true,
    ),
    intervalParam("windowDuration", "Window", "10 minutes", "The window's length, e.g. 10 minutes.", true),
    intervalParam(
      "slideDuration",
      "Slide",
      "5 minutes",
      "How often a window starts; empty: tumbling windows (slide = length).",
      true,
    ),
    exprListParam(
      "keys",
      "Keys",
      "word",
      "Comma-separated grouping columns or expressions (after the window).",
      true,
    ),
    exprListParam(
      "aggs",
      "Aggregates",
      "count(*) AS count",
      "Comma-separated aggregates: count(*), count(col), sum(col), avg(col), min(col), max(col), each optionally AS name.",
    ),
  ],
  summary: (p) =>
    (p.windowColumn
      ? `window(${p.windowColumn}, ${p.windowDuration}${p.slideDuration ? `, ${p.slideDuration}` : ""})`
      : "") +
    (p.keys ? ` ${p.keys}` : "") +
    ` · ${p.aggs}`,
});
