// The pipeline document and the node-kind catalog's shapes: plain data, shared by the app (palette,
// inspector, import dialog), the validator/compiler, the worker and the code generators.
// The zod schema in `schema.ts` validates documents against these types.

/** The document version this build writes; parsePipeline migrates older ones (./migrations). */
export const PIPELINE_VERSION = 3;

/**
 * What a pipeline is: a DStream graph (Spark Streaming's RDD micro-batches) or a Structured Streaming query
 * (streaming DataFrames, engine/structured/). Chosen when the pipeline is created; each mode has its own
 * node kinds (NodeKindSpec.mode) and its own palette.
 */
export type PipelineMode = "dstream" | "structured";

export const PIPELINE_MODES: readonly PipelineMode[] = ["dstream", "structured"];

/** Spark's default spark.streaming.blockInterval: what a document without `blockIntervalMs` means. */
export const DEFAULT_BLOCK_INTERVAL_MS = 200;

export type NodeCategory = "source" | "transformation" | "window" | "state" | "join" | "output";

/** A parameter's type drives the inspector form and the code generators. */
export type ParamType =
  | { type: "number"; min?: number; max?: number; step?: number; integer?: boolean; unit?: string }
  /** Milliseconds; windows and slides must be multiples of the batch interval. */
  | { type: "duration"; multipleOfBatch?: boolean; allowEmpty?: boolean }
  | { type: "string"; multiline?: boolean; placeholder?: string }
  | { type: "enum"; options: readonly { value: string; label: string }[] }
  | { type: "boolean" }
  | { type: "seed" }
  /** User code: a JavaScript/TypeScript function expression, e.g. `(line) => line.split(" ")`. */
  | { type: "function"; signature: string }
  /** Arbitrary JSON (static tables, queued batches). */
  | { type: "json"; placeholder?: string };

export interface ParamSpec {
  name: string;
  label: string;
  param: ParamType;
  /** Default value; for functions, the default source text. */
  default: unknown;
  /** One sentence of help. */
  doc: string;
  /** An empty value is allowed (e.g. an optional inverse function). */
  optional?: boolean;
  /** Extra check of a set value beyond its type (e.g. JSON shape): a message, or undefined when fine. */
  validate?: (value: unknown) => string | undefined;
}

/** How a node's output relates to pair streams (`[K, V]` tuples). */
export type PairOutput = "pair" | "plain" | "same-as-input" | "unknown";

export interface NodeKindSpec<K extends string = string> {
  /** Stable id used in documents, e.g. "map", "reduceByKeyAndWindow", "randomWords", "structured.select". */
  kind: K;
  /** The pipelines this kind belongs to; absent: "dstream". The palette shows the kinds of the pipeline's mode. */
  mode?: PipelineMode;
  /** Display name, e.g. "reduceByKeyAndWindow". */
  label: string;
  category: NodeCategory;
  /** The Spark method it maps to, e.g. "PairDStreamFunctions.reduceByKeyAndWindow". */
  sparkMethod: string;
  /** One sentence: what it does, naming the Spark method. */
  doc: string;
  /** Number of inputs: 0 for sources, 1 for most, 2 for joins, Infinity for an n-ary union. */
  inputs: { min: number; max: number; names?: readonly string[] };
  /** True when the node needs `[K, V]` pairs on its input(s). */
  requiresPairInput: boolean;
  output: PairOutput;
  /** Refines `output` from the params when it depends on them (e.g. mapWithState's stateSnapshots). */
  outputFor?: (params: Record<string, unknown>) => PairOutput;
  /** Stateful or inverse-window operators need checkpointing, as Spark does. */
  needsCheckpoint: boolean | ((params: Record<string, unknown>) => boolean);
  /** True for output operations (print, foreachRDD, saveAsTextFiles): a pipeline needs at least one. */
  isOutput?: boolean;
  params: readonly ParamSpec[];
  /** One-line summary of key params for the node card, e.g. "window 30s / 10s". */
  summary?: (params: Record<string, unknown>, batchIntervalMs: number) => string;
  /**
   * The Spark call this node is, as data: the compiler and the TypeScript/PySpark/Scala exporters derive
   * their code from it unless they hold an override for the kind (see engine/graph/README.md).
   */
  api?: ApiCall;
  /**
   * A source or sink of the real world (a socket, a directory, an HTTP stream, a database): it runs on
   * real time (the CLI and exported programs wait out each batch interval instead of running batches back
   * to back), shows its connection on the node, and `urls` are the addresses it reaches from the browser,
   * which the engine worker's Content-Security-Policy allows (connect-src) and nothing else.
   */
  realWorld?: { urls: (params: Record<string, unknown>) => string[] };
  /**
   * Checks of the params against the first input (its display name and inferred slide duration), for
   * what Spark checks at start, e.g. a checkpoint interval that must be a multiple of the slide.
   */
  inputIssues?: (
    params: Record<string, unknown>,
    input: { name: string; slideMs: number },
  ) => Omit<PipelineIssue, "nodeId">[];
}

/**
 * One argument of a node's Spark call, in Spark's positional order. An `optional` argument that is
 * empty is left out, and so is every optional one after it (positional overloads); required ones after
 * it stay (`reduceByWindow(fn, [invFn,] window, slide)`). Python passes `None` instead, then drops
 * trailing `None`s. `orParentSlide`: when empty but a later argument is set, the input's slide duration
 * stands in (Spark's overloads have no slide-less form with numPartitions).
 */
export type ApiArg =
  /** A function param, compiled with this arity (the number of arguments the engine passes). */
  | { kind: "fn"; param: string; arity: number; optional?: boolean }
  /** A number, string or boolean param written as a literal. */
  | { kind: "value"; param: string; optional?: boolean }
  /** Milliseconds: a number in TypeScript, seconds in Python, `Seconds(n)`/`Milliseconds(n)` in Scala. */
  | { kind: "duration"; param: string; optional?: boolean; orParentSlide?: boolean }
  /** Another input stream (a join's right side). */
  | { kind: "input"; index: number };

export interface ApiCall {
  /** The fluent method on the first input, e.g. "reduceByKey" (the same in TypeScript and Scala). */
  method: string;
  /** PySpark's name where it differs (print -> "pprint"). */
  pythonMethod?: string;
  args: readonly ApiArg[];
  /** The output pairs' values have the input's value type (the Scala exporter carries known types on). */
  keepsValueType?: boolean;
}

export interface PipelineSettings {
  /** Checkpointing on (Spark's `ssc.checkpoint(dir)`): required by stateful operators. */
  checkpointDir?: string;
  defaultParallelism: number;
  /** Simulated cluster for the cost model. */
  executors: number;
  coresPerExecutor: number;
  /** `spark.streaming.backpressure.enabled` */
  backpressure: boolean;
  /** `spark.streaming.receiver.writeAheadLog.enable` (needs checkpointDir); absent: off. */
  writeAheadLog?: boolean;
  /** Seed used by generated sources that don't set their own. */
  seed: number;
}

export interface PipelineNode {
  id: string;
  kind: string;
  /** User-facing name; also the variable name in exported code. */
  label?: string;
  params: Record<string, unknown>;
  position: { x: number; y: number };
}

export interface PipelineEdge {
  id: string;
  source: string;
  target: string;
  /** For 2-input nodes: "left" / "right" (or the input's name in the catalog). */
  targetHandle?: string;
}

export interface PipelineDocument {
  /** PIPELINE_VERSION once parsed (older documents are migrated on load); a number so old fixtures type-check. */
  version: number;
  name: string;
  description?: string;
  /**
   * A DStream pipeline or a Structured Streaming query. parsePipeline always sets it (documents before
   * version 3 are DStream pipelines); absent in a document built in code, it means "dstream".
   */
  mode?: PipelineMode;
  /** DStream pipelines: the batch interval. Structured queries take their trigger from the writeStream node. */
  batchIntervalMs: number;
  /**
   * Spark's spark.streaming.blockInterval: receivers cut their records into one block (one partition,
   * one task) per interval, so a batch has about batchIntervalMs / blockIntervalMs partitions per
   * receiver. Absent: DEFAULT_BLOCK_INTERVAL_MS (documents written before this field load unchanged).
   */
  blockIntervalMs?: number;
  settings: PipelineSettings;
  nodes: PipelineNode[];
  edges: PipelineEdge[];
}

/** A problem found by the validator, located at the node or edge that has it. */
export interface PipelineIssue {
  severity: "error" | "warning";
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** The param that has it, for inspector field errors. */
  param?: string;
  /** For function params: 1-based line and column of a syntax error. */
  line?: number;
  column?: number;
}
