// The join node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` (see ../common.ts).
import { joinKind } from "../common";

export const join = joinKind(
  "join",
  "Inner join of the pairs of two streams by key: [k, [v, w]] (PairDStreamFunctions.join).",
);
