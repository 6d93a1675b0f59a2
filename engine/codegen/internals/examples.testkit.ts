// Test helper: the gallery's example documents from public/examples, parsed by the schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePipeline } from "../../graph/schema";
import type { PipelineDocument } from "../../graph/types";

export const EXAMPLES_DIR = join(import.meta.dirname, "../../../public/examples");

export function loadExamples(): { file: string; doc: PipelineDocument }[] {
  const index = JSON.parse(readFileSync(join(EXAMPLES_DIR, "index.json"), "utf8")) as { file: string }[];
  return index.map(({ file }) => {
    const parsed = parsePipeline(readFileSync(join(EXAMPLES_DIR, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join("; ")}`);
    return { file, doc: parsed.doc };
  });
}
