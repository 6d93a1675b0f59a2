// The document's defaults as plain data: what a new pipeline starts from and what the schema fills in
// for a document that leaves them out. Plain, so the page's first load needs no schema library: zod
// (schema.ts) is loaded only when stored or imported data is read. schema.test.ts checks the two agree.
import { PIPELINE_VERSION, type PipelineDocument, type PipelineMode, type PipelineSettings } from "./types";

export const defaultSettings: Readonly<PipelineSettings> = Object.freeze({
  defaultParallelism: 2,
  executors: 2,
  coresPerExecutor: 2,
  backpressure: false,
  seed: 42,
});

/** An empty document, as the app starts from. */
export function emptyPipeline(
  name = "Untitled pipeline",
  batchIntervalMs = 1000,
  mode: PipelineMode = "dstream",
): PipelineDocument {
  return {
    version: PIPELINE_VERSION,
    name,
    mode,
    batchIntervalMs,
    settings: { ...defaultSettings },
    nodes: [],
    edges: [],
  };
}
