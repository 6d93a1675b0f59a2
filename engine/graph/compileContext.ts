// What a node's builder gets from the compiler: its resolved params, its input streams, and helpers to
// compile its function params into guarded functions.
import type { DStream } from "../core/DStream";
import type { StreamingContext } from "../scheduler/StreamingContext";
import type { DatabaseWriter } from "../sinks/db/DatabaseSink";
import type { DropFolder } from "../sources/net/DropFolder";
import type { NetEnv } from "../sources/net/NetEnv";
import type { SourceStatus } from "../sources/net/SourceStatus";
import type { Receiver } from "../sources/Receiver";
import { guardUserFunction, type RunningNodeTracker } from "./guard";
import { type BatchCount, checkReturns } from "./returnChecks";
import type { PipelineDocument, PipelineNode } from "./types";
import { compileUserFunction } from "./userFunction";

export type AnyStream = DStream<any>;
export type AnyFn = (...args: any[]) => any;

/** Where output operations deliver what they produce (the worker bounds and posts it). */
export interface OutputSink {
  print(nodeId: string, timeMs: number, lines: string[]): void;
  records(
    nodeId: string,
    timeMs: number,
    kind: "foreachRDD" | "saveAsTextFiles",
    records: unknown[],
    truncated: boolean,
    path?: string,
    /** saveAsTextFiles: the number of lines of each partition's part file (all of them, not only those sent). */
    parts?: number[],
  ): void;
}

export interface BuildContext {
  doc: PipelineDocument;
  node: PipelineNode;
  ssc: StreamingContext;
  params: Record<string, unknown>;
  inputs: AnyStream[];
  sink: OutputSink;
  /** A function param compiled and guarded; undefined when the optional param is empty. */
  fn(name: string, arity: number): AnyFn;
  optionalFn(name: string, arity: number): AnyFn | undefined;
  /** Register a source's receiver so its rate can be changed while running. */
  addReceiver(receiver: Receiver<any>): void;
  /** The runtime's network and directories (undefined: none; real sources then say so). */
  net: NetEnv | undefined;
  /** The database a database sink writes (Node: SQLite in `file`; browser: the page's IndexedDB). */
  database(file: string): DatabaseWriter;
  /** Register a real source or sink whose status the node shows. */
  watchStatus(source: StatusSource): void;
  /** Register the browser's drop folder of a textFileStream node (files the page sends go there). */
  addDropFolder(folder: DropFolder): void;
}

/** A real source or sink: its status now, and a hook told of every change. */
export interface StatusSource {
  status(): SourceStatus;
  onStatus?: (status: SourceStatus, logLine?: string) => void;
}

export function functionCompiler(
  node: PipelineNode,
  params: Record<string, unknown>,
  tracker?: RunningNodeTracker,
  batch?: BatchCount,
) {
  const optionalFn = (name: string, arity: number): AnyFn | undefined => {
    const source = params[name];
    if (typeof source !== "string" || source.trim() === "") return undefined;
    const guarded = guardUserFunction(compileUserFunction<AnyFn>(source), node.id, name, arity, tracker);
    return checkReturns(node, name, arity, guarded, batch);
  };
  const fn = (name: string, arity: number): AnyFn => {
    const f = optionalFn(name, arity);
    if (!f) throw new Error(`${name} is required`);
    return f;
  };
  return { fn, optionalFn };
}

/** Calls a fluent DStream method by name, with a clear error if this engine lacks it. */
export function invoke(stream: AnyStream, method: string, ...args: unknown[]): AnyStream {
  const f = (stream as unknown as Record<string, unknown>)[method];
  if (typeof f !== "function") throw new Error(`The engine has no DStream.${method} operator`);
  return (f as AnyFn).apply(stream, args);
}

/** Drops trailing undefined args so positional overloads see the arity the user meant. */
export function trimArgs(...args: unknown[]): unknown[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n);
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
