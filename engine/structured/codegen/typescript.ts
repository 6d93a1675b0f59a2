// A structured pipeline as a TypeScript program on the engine: the document itself, run by
// StructuredSession for N batches, printing the console sink's "Batch: N" tables as the CLI's `run`
// does (`npx tsx program.ts N [seed]`).
import type { PipelineDocument } from "../../graph/types";

export function typescriptProgram(doc: PipelineDocument): string {
  return [
    `// ${doc.name}: exported from DStream Studio as a Structured Streaming query on the studio's engine.`,
    "// Run: npx tsx program.ts [batches] [seed]; prints each trigger's console sink table.",
    'import { parsePipeline, StructuredSession } from "dstream-studio/engine";',
    "",
    `const document = ${JSON.stringify(doc, null, 2)};`,
    "",
    "const parsed = parsePipeline(document);",
    'if (!parsed.ok) throw new Error(parsed.errors.join("; "));',
    "const batches = Number(process.argv[2] ?? 10);",
    "const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);",
    "const session = new StructuredSession(parsed.doc, seed === undefined ? {} : { seed });",
    "for (const trigger of session.runBatches(batches)) for (const line of trigger.console ?? []) console.log(line);",
    "",
  ].join("\n");
}
