// The CLI for Structured Streaming documents (mode "structured"): `run` prints each trigger's console
// sink table ("Batch: N", Spark's format) for N batches; `export` writes PySpark, Scala or TypeScript.

import type { PipelineDocument } from "../engine/graph/types";
import { NodeFileSystem } from "../engine/indexNode";
import { structuredExport } from "../engine/structured/codegen/export";
import { StructuredSession } from "../engine/structured/session";
import { nodeName, writeOutput } from "./failures";
import { UsageError } from "./usageError";

export function runStructured(doc: PipelineDocument, batches: number, seed: number | undefined): void {
  let session: StructuredSession;
  try {
    session = new StructuredSession(doc, {
      fileSystem: new NodeFileSystem(),
      ...(seed === undefined ? {} : { seed }),
    });
  } catch (e) {
    const at = (e as { nodeId?: string }).nodeId;
    throw new UsageError(
      `the pipeline has errors: ${at ? `${nodeName(doc, at)}: ` : ""}${(e as Error).message}`,
    );
  }
  for (const t of session.runBatches(batches))
    for (const line of t.console ?? []) process.stdout.write(`${line}\n`);
}

export function exportStructured(doc: PipelineDocument, to: string, out: string | undefined): void {
  if (to !== "pyspark" && to !== "scala" && to !== "ts")
    throw new UsageError(`a Structured Streaming pipeline exports to pyspark, scala or ts (not ${to})`);
  const { code } = structuredExport(doc, to);
  if (out) writeOutput(out, code);
  else process.stdout.write(code);
}
