// The cogroup node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` (see ../common.ts).
import { joinKind } from "../common";

export const cogroup = joinKind(
  "cogroup",
  "Groups both streams' values by key: [k, [V[], W[]]] (PairDStreamFunctions.cogroup).",
);
