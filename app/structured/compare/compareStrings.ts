// The side-by-side view's words, in one place (to move to the studio's message catalog).
export const compareStrings = {
  dialogTitle: (title: string) => `Side by side: ${title}`,
  step: "Step both",
  run: "Run both",
  pause: "Pause",
  restart: "Start over",
  loading: "Loading both pipelines…",
  steps: (n: number) => `${n} step${n === 1 ? "" : "s"}`,
  dstream: "DStream (processing time)",
  structured: "Structured Streaming (event time)",
  lateCounted: (n: number) =>
    `${n} late row${n === 1 ? "" : "s"} counted in the window ${n === 1 ? "it" : "they"} arrived in`,
  lateKept: (n: number) =>
    `${n} late row${n === 1 ? "" : "s"} counted in ${n === 1 ? "its" : "their"} event-time window`,
  dropped: (n: number) => `${n} row${n === 1 ? "" : "s"} behind the watermark dropped`,
  dstreamCaption:
    "The DStream window's output at each slide: every record counted in the window of its arrival",
  latencyTitle: "Per-record latency",
  latencySummary: (median: string, p95: string, n: number) =>
    `median ${median}, p95 ${p95} over ${n} records`,
  noLatency:
    "No per-record latency yet (continuous mode reports it per record; micro-batch at each trigger).",
  triggerTitle: "Micro-batch and continuous processing",
  triggerExplanation:
    "The same query twice: micro-batches wait for the trigger, so a record's latency is up to the trigger interval plus the batch's work; continuous processing sends each record on as it arrives, in milliseconds.",
  compareButton: "Compare modes",
  compareButtonTitle:
    "Run this query in micro-batch and in continuous mode side by side, with per-record latency",
  failed: (message: string) => `Could not run the comparison: ${message}`,
};
