// The result table's words, in one place (to move to the studio's message catalog).
import type { OutputMode } from "../data/protocol";

export const resultStrings = {
  title: "Result table",
  trigger: "Trigger",
  empty: "No trigger yet: press Run or Step.",
  noRows: (mode: OutputMode) =>
    mode === "append"
      ? "Nothing appended in this trigger: append mode emits a window only once the watermark passes its end."
      : "No rows changed in this trigger.",
  truncated: "More rows than shown (the engine sends a bounded number).",
  added: "added",
  updated: "updated",
  was: "was",
  caption: (mode: OutputMode, rowCount: number) => {
    const n = `${rowCount} row${rowCount === 1 ? "" : "s"}`;
    switch (mode) {
      case "append":
        return `Append mode: the ${n} added to the result in this trigger (final rows, never changed later)`;
      case "update":
        return `Update mode: the ${n} of the result that changed in this trigger`;
      case "complete":
        return `Complete mode: the whole result table, ${n}, written again in every trigger`;
    }
  },
};
