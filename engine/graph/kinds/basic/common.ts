// What the narrow (per-record or per-partition) transformations share.

export const oneInput = {
  category: "transformation",
  inputs: { min: 1, max: 1 },
  needsCheckpoint: false,
} as const;

/** `(x) => [k, v]` (or `return [k, v]`): the function visibly builds a pair. */
export function returnsPairLiteral(source: unknown): boolean {
  return typeof source === "string" && /(=>\s*\(?\s*\[|return\s+\[)[^\]]*,/.test(source);
}
