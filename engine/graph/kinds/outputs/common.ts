// What every output operation shares: without at least one, Spark has nothing to execute.
import type { ParamSpec } from "../../types";

export const output = {
  category: "output",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "same-as-input",
  needsCheckpoint: false,
  isOutput: true,
} as const;

/** saveAsTextFiles and saveAsObjectFiles: each batch's directory is "prefix-TIME_IN_MS[.suffix]". */
export function batchDirectoryParams(prefix: string, suffix: string, suffixDoc: string): ParamSpec[] {
  return [
    {
      name: "prefix",
      label: "Prefix",
      param: { type: "string" },
      default: prefix,
      doc: "Path prefix of each batch's directory.",
    },
    {
      name: "suffix",
      label: "Suffix",
      param: { type: "string" },
      default: suffix,
      optional: true,
      doc: suffixDoc,
    },
  ];
}

/** The node's one-line summary: its batch directories' name pattern. */
export const batchDirectorySummary = (p: Record<string, unknown>) =>
  `${p.prefix}-<time>${p.suffix ? `.${p.suffix}` : ""}`;
