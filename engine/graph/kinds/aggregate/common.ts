// What the per-batch aggregations share.

export const oneInput = {
  category: "transformation",
  inputs: { min: 1, max: 1 },
  needsCheckpoint: false,
} as const;

export const sumFn = "(a, b) => a + b";
