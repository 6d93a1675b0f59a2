// The validator with the real syntax check of user functions: what the worker, Node, the CLI and the
// exporters use. The page validates with ./validateDocument and a check it loads when first needed.
import type { PipelineDocument, PipelineIssue } from "./types";
import { checkUserFunction } from "./userFunction";
import { validateDocument } from "./validateDocument";

export * from "./validateDocument";

export function validatePipeline(doc: PipelineDocument): PipelineIssue[] {
  return validateDocument(doc, checkUserFunction);
}
