// The updateStateByKey node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import { fnParam, numPartitionsParam } from "../../../catalog/params";
import { initialStateParam, stateful } from "../common";

export const updateStateByKey = defineKind({
  ...stateful,
  kind: "updateStateByKey",
  label: "updateStateByKey",
  sparkMethod: "PairDStreamFunctions.updateStateByKey",
  doc: "Updates a state per key every batch from the key's new values (PairDStreamFunctions.updateStateByKey); undefined removes the key.",
  output: "pair",
  params: [
    fnParam(
      "fn",
      "Update",
      "(values, state) => newState | undefined",
      "(values, state) => (state ?? 0) + values.reduce((a, b) => a + b, 0)",
      "Called for every key with new values or a state, even with no new values; return undefined to drop the key.",
    ),
    initialStateParam,
    numPartitionsParam,
  ],
  summary: () => "running state per key",
});
