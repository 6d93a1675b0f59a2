// One line for each way a command fails: a node's failure names the node by id and label; a file that
// cannot be written says why in words rather than as a raw ENOENT.
import { writeFileSync } from "node:fs";
import { NodeError } from "../engine/graph/guard";
import type { PipelineDocument } from "../engine/graph/types";
import { UsageError } from "./usageError";

const firstLine = (text: string) => text.split("\n")[0];

/** `node "counts" (Word counts)`, or `node "counts"` when it has no label. */
export function nodeName(doc: PipelineDocument, nodeId: string): string {
  const label = doc.nodes.find((n) => n.id === nodeId)?.label;
  return label && label !== nodeId ? `node "${nodeId}" (${label})` : `node "${nodeId}"`;
}

/** The line printed when a run fails (exit code 1). */
export function runFailure(doc: PipelineDocument, e: unknown): string {
  if (e instanceof NodeError) {
    const record = e.record === undefined ? "" : ` (record: ${e.record})`;
    return `the pipeline failed at ${nodeName(doc, e.nodeId)}: ${firstLine(e.message)}${record}`;
  }
  return `the pipeline failed: ${firstLine(e instanceof Error ? e.message : String(e))}`;
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

/** Writes `text` to `path`, or throws a one-line UsageError saying why it cannot. */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(`cannot write ${path}: ${WRITE_PROBLEMS[code] ?? (code || (e as Error).message)}`);
  }
}
