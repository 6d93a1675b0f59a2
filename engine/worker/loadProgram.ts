// Load: parse, validate and compile a pipeline document into a ready (not started) program, with its
// node observer and receiver controls (backpressure switch, drop-receiver fault). Problems come back as
// PipelineIssues for the "loaded" message.
import { compilePipeline, PipelineInvalidError } from "../graph/compile";
import { NodeError, type RunningNodeTracker } from "../graph/guard";
import { parsePipeline } from "../graph/schema";
import type { PipelineDocument, PipelineIssue } from "../graph/types";
import type { BatchWork } from "../metrics/BatchWork";
import { costModel } from "../metrics/costModel";
import type { FromWorker } from "../protocol/messages";
import { PageDatabase } from "../sinks/db/PageDatabase";
import { NodeObserver } from "./NodeObserver";
import { ReceiverControls } from "./ReceiverControls";

export interface LoadedProgram {
  doc: PipelineDocument;
  program: ReturnType<typeof compilePipeline>;
  observer: NodeObserver;
  receiverControls: ReceiverControls;
}

export interface LoadDeps {
  tracker: RunningNodeTracker;
  /** Where print lines and outputs go (queued for the next bundle). */
  push: (message: FromWorker) => void;
  /** A message that happens between batches (a source connected): pushed and flushed soon. */
  notify?: (message: FromWorker) => void;
  /** Extra simulated ms for the next batch (the "slow batch" fault), read once. */
  takeExtraMs: () => number;
}

/** The cluster of the document's settings, as the cost model sees it, plus any injected delay. */
function processingTime(doc: PipelineDocument, takeExtraMs: () => number) {
  const { executors, coresPerExecutor } = doc.settings;
  const model = costModel({ cluster: { executors, coresPerExecutor } });
  return (work: BatchWork) => model(work) + takeExtraMs();
}

export function loadProgram(
  input: unknown,
  deps: LoadDeps,
): { ok: true; loaded: LoadedProgram; issues: PipelineIssue[] } | { ok: false; issues: PipelineIssue[] } {
  const parsed = parsePipeline(input);
  if (!parsed.ok)
    return { ok: false, issues: parsed.errors.map((message) => ({ severity: "error", message })) };
  const doc = parsed.doc;
  try {
    const program = compilePipeline(doc, {
      tracker: deps.tracker,
      // The worker has no storage (its sandbox's origin is opaque): the page keeps the tables.
      database: (_file, nodeId) =>
        new PageDatabase((write) => deps.push({ type: "tableWrite", ...write }), nodeId),
      processingTimeModel: processingTime(doc, deps.takeExtraMs),
      sink: {
        print: (nodeId, batchTimeMs, lines) => deps.push({ type: "log", nodeId, batchTimeMs, lines }),
        records: (nodeId, batchTimeMs, kind, records, truncated, path, parts) =>
          deps.push({ type: "output", nodeId, batchTimeMs, kind, records, truncated, path, parts }),
      },
    });
    // A real source's news goes to its node as it happens (connected, reconnecting, a dropped line),
    // and its counts after every batch.
    const postStatuses = () => {
      for (const [nodeId, source] of program.statusSources)
        deps.push({ type: "sourceStatus", nodeId, status: source.status() });
    };
    const notify = deps.notify ?? deps.push;
    for (const [nodeId, source] of program.statusSources)
      source.onStatus = (status) => notify({ type: "sourceStatus", nodeId, status });
    program.ssc.addBatchGeneratedHook(postStatuses);
    const loaded = {
      doc,
      program,
      observer: new NodeObserver(doc, program),
      receiverControls: new ReceiverControls(program),
    };
    return { ok: true, loaded, issues: program.issues };
  } catch (e) {
    if (e instanceof PipelineInvalidError) return { ok: false, issues: e.issues };
    const nodeId = e instanceof NodeError ? e.nodeId : undefined;
    return {
      ok: false,
      issues: [{ severity: "error", message: e instanceof Error ? e.message : String(e), nodeId }],
    };
  }
}
