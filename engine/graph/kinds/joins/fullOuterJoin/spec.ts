// The fullOuterJoin node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` (see ../common.ts).
import { joinKind } from "../common";

export const fullOuterJoin = joinKind(
  "fullOuterJoin",
  "Full outer join by key, either side undefined when missing (PairDStreamFunctions.fullOuterJoin).",
);
