// The rightOuterJoin node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` (see ../common.ts).
import { joinKind } from "../common";

export const rightOuterJoin = joinKind(
  "rightOuterJoin",
  "Right outer join by key: [k, [v | undefined, w]] (PairDStreamFunctions.rightOuterJoin).",
);
