// Stateful operators: state per key carried from batch to batch; Spark requires checkpointing.
import type { NodeKindSpec, ParamSpec } from "../types";
import {
  durationParam,
  fnParam,
  formatDuration,
  isEmptyParam,
  numPartitionsParam,
  pairRowsCheck,
} from "./params";

const stateful = {
  category: "state",
  inputs: { min: 1, max: 1 },
  requiresPairInput: true,
  needsCheckpoint: true,
} as const;

const initialStateParam = {
  name: "initialState",
  label: "Initial state",
  param: { type: "json", placeholder: '[["a", 10]]' },
  default: null,
  optional: true,
  doc: "Optional JSON array of [key, state] pairs to start from (Spark's initialRDD / StateSpec.initialState).",
  validate: pairRowsCheck("The initial state"),
} satisfies ParamSpec;

export const updateStateByKey: NodeKindSpec = {
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
};

export const mapWithState: NodeKindSpec = {
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
};

export const stateOps = [updateStateByKey, mapWithState];
