// What every output operation shares: without at least one, Spark has nothing to execute.

export const output = {
  category: "output",
  inputs: { min: 1, max: 1 },
  requiresPairInput: false,
  output: "same-as-input",
  needsCheckpoint: false,
  isOutput: true,
} as const;
