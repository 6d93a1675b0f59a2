// `dstream-studio run` of a pipeline with a real source (socket, directory, HTTP stream, Kafka): its
// records arrive in real time, so it runs on the system clock as Spark does (batch k at the k-th
// interval boundary after start), for `--batches` batches, then stops. Each real source's and sink's news
// (connected, reconnecting with the reason, a dropped line) goes to stderr as one line naming the node,
// so stdout keeps exactly the print() blocks.
import type { CompiledPipeline } from "../engine/graph/compile";
import type { PipelineDocument } from "../engine/graph/types";
import { nodeName } from "./failures";

/** Resolves once `batches` batch times have been generated and their jobs have run. */
export function afterBatches(compiled: CompiledPipeline, batches: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    // The hook runs as a batch is generated; its jobs run in the same synchronous step (no
    // processing-time model here), so a microtask after the last hook comes after its output.
    compiled.ssc.addBatchGeneratedHook(() => {
      if (++seen === batches) queueMicrotask(resolve);
    });
  });
}

/** Reports every change of a real source's or sink's message and state on `say`, one line each. */
export function reportStatuses(
  doc: PipelineDocument,
  compiled: CompiledPipeline,
  say: (line: string) => void,
): void {
  for (const [nodeId, source] of compiled.statusSources) {
    let last = "";
    source.onStatus = (status, logLine) => {
      // A receiver's log line (Spark's words) when it has one, else the state with its reason.
      const line = logLine ?? `${status.state}${status.message ? `: ${status.message}` : ""}`;
      if (line !== last) say(`${nodeName(doc, nodeId)}: ${line}`);
      last = line;
    };
  }
}

/** Runs a started system-clock pipeline for `batches` batches; rejects with the first batch's error. */
export async function runRealTime(compiled: CompiledPipeline, batches: number): Promise<void> {
  const done = afterBatches(compiled, batches);
  compiled.ssc.start();
  await Promise.race([done, compiled.ssc.awaitTermination()]);
}
