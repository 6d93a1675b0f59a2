// A run that could not happen (the export failed, the program does not compile), as a comparison
// with one whole-run mismatch.
import type { Comparison, Target } from "./compare";
import type { CorpusEntry } from "./corpus";

export function exportFailure(target: Target, entry: CorpusEntry, message: string): Comparison {
  return {
    batches: entry.batches,
    records: 0,
    mismatches: [
      {
        target,
        pipeline: entry.name,
        node: "*",
        batch: 0,
        what: "error",
        engine: [target === "scala" ? "(compiles)" : "(exports)"],
        spark: [message],
      },
    ],
  };
}
