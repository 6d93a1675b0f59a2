// The new-pipeline choice (toolbar, empty canvas): the first screen shows it. The structured views'
// words (structured.ts) load with those views.
export const structuredOnFirstScreen = {
  newPipeline: {
    legend: "A new pipeline is",
    dstream: "a DStream pipeline",
    dstreamHint: "Spark Streaming: RDD micro-batches on processing time",
    structured: "a Structured Streaming query",
    structuredHint: "streaming DataFrames: event time, watermarks, output modes, continuous processing",
    create: "New pipeline",
    untitledQuery: "Untitled query",
    untitledPipeline: "Untitled pipeline",
    emptyTitle: "Build a Structured Streaming query",
    emptyText:
      "Drag a source (readStream) from the palette, add withWatermark and a windowed groupBy, and finish with writeStream: its output mode and trigger decide what each trigger writes.",
  },
};
