// The studio's seeded page clicks as a streaming DataFrame (event time = arrival time).
import { defineKind } from "../../../catalog/defineKind";
import { intParam, rateParam, seedParam } from "../../../catalog/params";
import { structuredSource } from "../common";

export const clickStream = defineKind({
  ...structuredSource,
  kind: "structured.clickStream",
  label: "clickStream",
  sparkMethod: "DataStreamReader (seeded generator)",
  doc: "Seeded page clicks: userId STRING, page STRING, eventTime TIMESTAMP.",
  params: [
    seedParam(),
    rateParam(5),
    intParam("users", "Users", 20, "Number of distinct users.", { min: 1, max: 1_000_000 }),
    intParam("pages", "Pages", 8, "Number of distinct pages.", { min: 1, max: 1000 }),
  ],
  summary: (p) => `${p.rate} rows/s · ${p.users} users`,
});
