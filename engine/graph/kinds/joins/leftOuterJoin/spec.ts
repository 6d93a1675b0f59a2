// The leftOuterJoin node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` (see ../common.ts).
import { joinKind } from "../common";

export const leftOuterJoin = joinKind(
  "leftOuterJoin",
  "Left outer join by key: [k, [v, w | undefined]] (PairDStreamFunctions.leftOuterJoin).",
);
