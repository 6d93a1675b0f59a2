// Version 2 -> 3: a pipeline has a mode, "dstream" or "structured" (Structured Streaming queries arrived
// with version 3). Every document written before is a DStream pipeline.
import type { Migration } from "./migration";

export const pipelineMode: Migration = {
  from: 2,
  to: 3,
  description: 'a pipeline has a mode ("dstream" or "structured"); older ones are DStream pipelines',
  up: (doc) => ({ ...doc, mode: "dstream" }),
};
