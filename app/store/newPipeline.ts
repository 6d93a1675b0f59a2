// A fresh pipeline document and ids: what "New pipeline" and an empty first visit start from.
import { emptyPipeline } from "../../engine/graph";
import type { PipelineDocument, PipelineMode } from "../../engine/graph/types";
import { t } from "../i18n/useT";

export function newPipelineDocument(
  name = t("structured.newPipeline.untitledPipeline"),
  mode: PipelineMode = "dstream",
): PipelineDocument {
  return emptyPipeline(name, undefined, mode);
}

let counter = 0;
/** Short, unique-enough ids for nodes, edges and stored pipelines (time + counter + randomness). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
