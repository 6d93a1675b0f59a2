// The mapWithState node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { defineKind } from "../../../catalog/defineKind";
import {
  durationParam,
  fnParam,
  formatDuration,
  isEmptyParam,
  numPartitionsParam,
} from "../../../catalog/params";
import { initialStateParam, stateful } from "../common";

export const mapWithState = defineKind({
  ...stateful,
  kind: "mapWithState",
  label: "mapWithState",
  sparkMethod: "PairDStreamFunctions.mapWithState",
  doc: "Maps each pair with access to its key's State (PairDStreamFunctions.mapWithState with a StateSpec), with an optional idle timeout.",
  output: "unknown",
  outputFor: (p) => (p.stateSnapshots === true ? "pair" : "unknown"),
  params: [
    fnParam(
      "fn",
      "Mapping",
      "(key, value, state) => result | undefined",
      [
        "(key, value, state) => {",
        "  if (state.isTimingOut()) return undefined;",
        "  const sum = (state.getOption() ?? 0) + (value ?? 0);",
        "  state.update(sum);",
        "  return [key, sum];",
        "}",
      ].join("\n"),
      "StateSpec.function: reads and updates state (exists/get/getOption/update/remove/isTimingOut); undefined emits nothing.",
    ),
    durationParam(
      "timeoutMs",
      "Timeout",
      null,
      "Optional idle timeout (StateSpec.timeout): keys without data for this long are removed.",
      true,
      false,
    ),
    initialStateParam,
    numPartitionsParam,
    {
      name: "stateSnapshots",
      label: "State snapshots",
      param: { type: "boolean" },
      default: false,
      doc: "Emit every key's [key, state] each batch (MapWithStateDStream.stateSnapshots) instead of the mapped records.",
    },
  ],
  summary: (p) =>
    [
      isEmptyParam(p.timeoutMs) ? "no timeout" : `timeout ${formatDuration(p.timeoutMs)}`,
      p.stateSnapshots ? "snapshots" : "",
    ]
      .filter(Boolean)
      .join(" · "),
});
