// What the stateful operators share: state per key carried from batch to batch; Spark requires
// checkpointing.

import { pairRowsCheck } from "../../catalog/params";
import type { ParamSpec } from "../../types";

export const stateful = {
  category: "state",
  inputs: { min: 1, max: 1 },
  requiresPairInput: true,
  needsCheckpoint: true,
} as const;

export const initialStateParam = {
  name: "initialState",
  label: "Initial state",
  param: { type: "json", placeholder: '[["a", 10]]' },
  default: null,
  optional: true,
  doc: "Optional JSON array of [key, state] pairs to start from (Spark's initialRDD / StateSpec.initialState).",
  validate: pairRowsCheck("The initial state"),
} satisfies ParamSpec;
