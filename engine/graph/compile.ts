// The compiler: a validated pipeline document becomes an engine program, one DStream per node, built
// in dependency order with the engine's fluent API, so it runs exactly as the same program written by
// hand. Returns the streams by node id so the worker can observe every node.
import type { DStream } from "../core/DStream";
import type { BatchWork } from "../metrics/BatchWork";
import { StreamingContext } from "../scheduler/StreamingContext";
import type { DatabaseWriter } from "../sinks/db/DatabaseSink";
import type { FileSystem } from "../sinks/fileSystem";
import type { DropFolder } from "../sources/net/DropFolder";
import type { NetEnv } from "../sources/net/NetEnv";
import type { Receiver } from "../sources/Receiver";
import { getKind, resolveParams } from "./catalog";
import {
  type AnyStream,
  type BuildContext,
  functionCompiler,
  type OutputSink,
  type StatusSource,
} from "./compileContext";
import { compilerOf } from "./compileOperators";
import { describeRecord, engineNodeError, isEngineNodeError, type RunningNodeTracker } from "./guard";
import { inferPairness } from "./infer";
import { blameNode } from "./nodeErrors";
import { buildTopology } from "./topology";
import type { PipelineDocument, PipelineIssue } from "./types";
import { hasErrors, validatePipeline } from "./validate";
import { blockIntervalOf } from "./validateBlockInterval";

export interface CompileOptions {
  sink?: Partial<OutputSink>;
  tracker?: RunningNodeTracker;
  processingTimeModel?: (work: BatchWork) => number;
  fileSystem?: FileSystem;
  /** The network and directories real sources use (default: the runtime's, see sources/net/NetEnv.ts). */
  net?: NetEnv;
  /** Where database sinks write: a DatabaseWriter per file name (default: none, the node says so). */
  database?: (file: string, nodeId: string) => DatabaseWriter;
  /** Run in a simulated JVM of its own (the fault model's run without the fault; engine/fault). */
  isolated?: boolean;
}

export interface CompiledPipeline {
  ssc: StreamingContext;
  /** Each node's stream; an output node maps to the stream it consumes (what it prints or saves). */
  streams: Map<string, DStream<any>>;
  /** The output operations' ForEachDStreams by node id. */
  outputs: Map<string, DStream<any>>;
  receivers: Map<string, Receiver<any>>;
  /** Real sources and sinks by node id: their connection state and log, for the node. */
  statusSources: Map<string, StatusSource>;
  /** The drop folders of textFileStream nodes in the browser, by node id. */
  dropFolders: Map<string, DropFolder>;
  issues: PipelineIssue[];
}

export class PipelineInvalidError extends Error {
  constructor(readonly issues: PipelineIssue[]) {
    super(
      issues
        .filter((i) => i.severity === "error")
        .map((i) => i.message)
        .join("\n"),
    );
    this.name = "PipelineInvalidError";
  }
}

function checkPairs(input: AnyStream, nodeId: string, label: string): AnyStream {
  return input.map((record: unknown) => {
    if (Array.isArray(record) && record.length === 2) return record;
    throw engineNodeError(
      nodeId,
      `${label} needs [key, value] pairs, but received ${describeRecord(record, 60)}`,
      describeRecord(record),
    );
  });
}

const noSink: OutputSink = { print: () => {}, records: () => {} };

/** Throws PipelineInvalidError when the validator finds errors, NodeError when a node cannot be built. */
export function compilePipeline(doc: PipelineDocument, options: CompileOptions = {}): CompiledPipeline {
  const issues = validatePipeline(doc);
  if (hasErrors(issues)) throw new PipelineInvalidError(issues);
  const sink = { ...noSink, ...options.sink };
  const ssc = new StreamingContext({
    batchIntervalMs: doc.batchIntervalMs,
    blockIntervalMs: blockIntervalOf(doc),
    clock: "manual",
    defaultParallelism: doc.settings.defaultParallelism,
    processingTimeModel: options.processingTimeModel,
    fileSystem: options.fileSystem,
    net: options.net,
    out: () => {},
    writeAheadLog: doc.settings.writeAheadLog === true,
    isolated: options.isolated,
  });
  if (doc.settings.checkpointDir) ssc.checkpoint(doc.settings.checkpointDir);

  // Which batch runs: a node's per-batch record count starts again at each one.
  const batch = { epoch: 0 };
  ssc.addStreamingListener({ onBatchStarted: () => void batch.epoch++ });
  const topo = buildTopology(doc);
  const pairs = inferPairness(topo);
  const streams = new Map<string, AnyStream>();
  const outputs = new Map<string, AnyStream>();
  const receivers = new Map<string, Receiver<any>>();
  const statusSources = new Map<string, StatusSource>();
  const dropFolders = new Map<string, DropFolder>();
  for (const node of topo.order) {
    const spec = getKind(node.kind)!;
    const params = resolveParams(spec, node.params);
    const inputs = topo.inputs.get(node.id)!.ordered.map((e) => {
      const input = streams.get(e.source)!;
      // Pair-ness unknown before the data arrive: check each record, and blame this node clearly.
      return spec.requiresPairInput && pairs.get(e.source) !== "pair"
        ? checkPairs(input, node.id, spec.label)
        : input;
    });
    const ctx: BuildContext = {
      doc,
      node,
      ssc,
      params,
      inputs,
      sink,
      ...functionCompiler(node, params, options.tracker, batch),
      addReceiver: (r) => receivers.set(node.id, r),
      net: ssc.net,
      database: (file) => {
        if (!options.database) throw new Error("No database is available in this runtime");
        return options.database(file, node.id);
      },
      watchStatus: (source) => statusSources.set(node.id, source),
      addDropFolder: (folder) => dropFolders.set(node.id, folder),
    };
    // Building evaluates the node's function expressions: a hang here is this node's.
    options.tracker?.enter(node.id);
    try {
      const build = compilerOf(spec);
      if (!build) throw new Error(`The engine has no compile step for kind "${node.kind}"`);
      const stream = build(ctx);
      blameNode(stream, node);
      if (spec.isOutput) {
        outputs.set(node.id, stream);
        streams.set(node.id, inputs[0]);
      } else streams.set(node.id, stream);
    } catch (e) {
      if (isEngineNodeError(e)) throw e;
      throw engineNodeError(node.id, e instanceof Error ? e.message : String(e));
    }
  }
  if (options.tracker) options.tracker.current = undefined;
  return { ssc, streams, outputs, receivers, statusSources, dropFolders, issues };
}
