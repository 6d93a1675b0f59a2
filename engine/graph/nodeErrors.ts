// Every error raised while a node's stream is checked at start or computes, or while an output node's
// job runs, becomes a NodeError naming that node: the engine's own errors (Spark's messages, a batch too large, a stack
// overflow) would otherwise reach the page and the command line naming no node. Errors already named
// (user code, checks upstream) pass through untouched, so the innermost node keeps the blame.
import type { DStream } from "../core/DStream";
import type { Job } from "../core/DStreamGraph";
import { NodeError } from "./guard";
import type { PipelineNode } from "./types";

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

export function asNodeError(e: unknown, node: PipelineNode): NodeError {
  if (e instanceof NodeError) return e;
  if (isStackOverflow(e)) {
    return new NodeError(
      node.id,
      "the batch recursed too deeply (Maximum call stack size exceeded): a record nested too deeply, or a function that recurses without end",
    );
  }
  if (e instanceof Error) {
    const plain = e.name === "Error" || e.name === "BatchTooLargeError" || e.name === "IllegalStateException";
    return new NodeError(node.id, plain ? e.message : `${e.name}: ${e.message}`);
  }
  return new NodeError(node.id, `Uncaught ${String(e)}`);
}

type Computing = {
  compute(timeMs: number): unknown;
  validateAtStart(): void;
  generateJob?(timeMs: number): Job | undefined;
};

/**
 * Makes `stream`'s start-time checks (Spark's validateAtStart), its compute and, for an output, its
 * job throw NodeErrors naming `node`.
 */
export function blameNode(stream: DStream<any>, node: PipelineNode): void {
  const s = stream as unknown as Computing;
  const validateAtStart = s.validateAtStart.bind(stream);
  s.validateAtStart = () => {
    try {
      validateAtStart();
    } catch (e) {
      throw asNodeError(e, node);
    }
  };
  const compute = s.compute.bind(stream);
  s.compute = (timeMs) => {
    try {
      return compute(timeMs);
    } catch (e) {
      throw asNodeError(e, node);
    }
  };
  const generateJob = s.generateJob?.bind(stream);
  if (!generateJob) return;
  s.generateJob = (timeMs) => {
    let job: Job | undefined;
    try {
      job = generateJob(timeMs);
    } catch (e) {
      throw asNodeError(e, node);
    }
    if (!job) return job;
    const run = job.run;
    return {
      ...job,
      run: () => {
        try {
          return run();
        } catch (e) {
          throw asNodeError(e, node);
        }
      },
    };
  };
}
