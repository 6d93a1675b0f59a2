// The new-pipeline choice's words, in one place (to move to the studio's message catalog).
export const newPipelineStrings = {
  legend: "A new pipeline is",
  dstream: "a DStream pipeline",
  dstreamHint: "Spark Streaming: RDD micro-batches on processing time",
  structured: "a Structured Streaming query",
  structuredHint: "streaming DataFrames: event time, watermarks, output modes, continuous processing",
  create: "New pipeline",
  untitledQuery: "Untitled query",
  modeBadge: { dstream: "DStream", structured: "Structured Streaming" },
  emptyTitle: "Build a Structured Streaming query",
  emptyText:
    "Drag a source (readStream) from the palette, add withWatermark and a windowed groupBy, and finish with writeStream: its output mode and trigger decide what each trigger writes.",
};
