// One sentence where the student looks, for what the studio shows without an obvious reason; each
// links to the lesson that explains it (app/widgets/explanations.ts).
export const explain = {
  noRdd:
    "No RDD at this batch time: a window downstream computes only when it slides, so Spark asks this node for no RDD in between.",
  emptyWindow:
    "The window holds no batch yet: it covers the batches of its last window duration, and none has arrived.",
  skippedBatch:
    "No output operation had a job at this batch time (a window emits only when it slides), so Spark skips the batch.",
  graphLocked:
    "A started StreamingContext takes no new operations: Spark fixes the DStream graph at start, so edits wait for the next Run.",
  intervalLocked: "The batch interval is fixed when the StreamingContext starts: stop the run to change it.",
};
