// A pipeline's mode: a DStream pipeline or a Structured Streaming query (documents before version 3,
// and documents built in code without the field, are DStream pipelines).
import type { PipelineDocument } from "../../engine/graph/types";

export type PipelineModeName = "dstream" | "structured";

export function pipelineModeOf(doc: Pick<PipelineDocument, "nodes">): PipelineModeName {
  return (doc as { mode?: string }).mode === "structured" ? "structured" : "dstream";
}
