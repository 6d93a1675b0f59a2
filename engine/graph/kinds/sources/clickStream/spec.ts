// The clickStream node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.
import { defineKind } from "../../../catalog/defineKind";
import { intParam, rateParam, seedParam } from "../../../catalog/params";
import { source } from "../common";

export const clickStream = defineKind({
  ...source,
  kind: "clickStream",
  label: "clickStream",
  sparkMethod: "StreamingContext.receiverStream",
  doc: "A custom receiver (StreamingContext.receiverStream) emitting page clicks by user with event timestamps.",
  output: "plain",
  needsCheckpoint: false,
  params: [
    seedParam(),
    rateParam(50),
    intParam("users", "Users", 20, "Number of distinct users.", { min: 1, max: 1_000_000 }),
    intParam("pages", "Pages", 10, "Number of distinct pages.", { min: 1, max: 100_000 }),
  ],
  summary: (p) => `${p.rate} clicks/s · ${p.users} users`,
});
