// What a node's function must return, checked at the node: a value of the wrong shape otherwise fails
// later, deep in the engine, as "rdd.take is not a function" or "x is not iterable", naming no node.
// A Promise is refused from every function (the engine runs them synchronously; an async function's
// result would be a Promise and its failure an unhandled rejection).
import { RDD } from "../core/rdd/RDD";
import { MAX_RECORDS_PER_BATCH } from "../sources/batchLimit";
import { isEmptyParam } from "./catalog/params";
import type { AnyFn } from "./compileContext";
import { describeRecord, NodeError } from "./guard";
import type { PipelineNode } from "./types";

type Expected = "iterable" | "rdd";

/** Function params whose result has a required shape, by node kind. */
const EXPECTED: Record<string, Record<string, Expected>> = {
  flatMap: { fn: "iterable" },
  flatMapValues: { fn: "iterable" },
  mapPartitions: { fn: "iterable" },
  transform: { fn: "rdd" },
  transformWith: { fn: "rdd" },
};

const WHAT: Record<Expected, string> = {
  iterable: "an array (or another iterable) of records",
  rdd: "an RDD (e.g. rdd.map(...), rdd.join(table))",
};

function isThenable(value: unknown): boolean {
  return (
    ((typeof value === "object" && value !== null) || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** "a Promise", "a generator", "a plain object {"a":1}", "the number 3", "null". */
export function describeReturned(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (isThenable(value)) return "a Promise (an async function?)";
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Generator]") return "a generator (a function*?)";
  if (typeof value === "function") return "a function";
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    const kind = Array.isArray(value)
      ? "an array"
      : proto === Object.prototype || proto === null
        ? "a plain object"
        : `an object`;
    return `${kind} ${describeRecord(value, 60)}`;
  }
  return `the ${typeof value} ${describeRecord(value, 60)}`;
}

function wrongReturn(node: PipelineNode, param: string, value: unknown, expected: string, record: unknown) {
  // A rejected Promise nobody awaits would surface as an unhandled rejection (and end a Node process).
  if (isThenable(value)) (value as Promise<unknown>).then(undefined, () => {});
  return new NodeError(
    node.id,
    `${node.kind}'s ${param} returned ${describeReturned(value)}; it must return ${expected}`,
    describeRecord(record),
    param,
  );
}

function hasShape(value: unknown, expected: Expected | undefined): boolean {
  if (expected === undefined) return !isThenable(value);
  // null from transform gets Spark's own message from TransformedDStream.
  if (expected === "rdd") return value instanceof RDD || value === null || value === undefined;
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return true;
  return (
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function" && !isThenable(value)
  );
}

/**
 * The guarded function, with its result checked for the node's kind and param. Arity-specific
 * wrappers, as the guard's, keep the per-record path free of rest arrays.
 */
/** The batch being computed (the compiler counts them), so per-batch totals start again. */
export interface BatchCount {
  epoch: number;
}

export function checkReturns(
  node: PipelineNode,
  param: string,
  arity: number,
  fn: AnyFn,
  batch: BatchCount = { epoch: 0 },
): AnyFn {
  const expected = EXPECTED[node.kind]?.[param];
  // Records this node's function returned in the current batch: a chain of flatMaps each returning a
  // few hundred records would otherwise multiply a small batch into billions.
  let epoch = -1;
  let returned = 0;
  const what = expected ? WHAT[expected] : "its result itself (functions run synchronously)";
  const check = (value: unknown, record: () => unknown) => {
    if (!hasShape(value, expected)) throw wrongReturn(node, param, value, what, record());
    if (expected !== "iterable" || !Array.isArray(value)) return value;
    if (epoch !== batch.epoch) {
      epoch = batch.epoch;
      returned = 0;
    }
    returned += value.length;
    if (returned > MAX_RECORDS_PER_BATCH) {
      throw new NodeError(
        node.id,
        `this batch is too large: ${node.kind}'s ${param} returned more than ${MAX_RECORDS_PER_BATCH.toLocaleString("en-US")} records in this batch, the limit per batch`,
        describeRecord(record()),
        param,
      );
    }
    return value;
  };
  if (node.kind === "transform" && isEmptyParam(node.params.table))
    return explainMissingTable(node, fn, batch);
  if (arity === 1) return (a: unknown) => check(fn(a), () => a);
  if (arity === 2) return (a: unknown, b: unknown) => check(fn(a, b), () => [a, b]);
  return (...args: unknown[]) => check(fn(...args), () => (args.length === 1 ? args[0] : args));
}

/** transform without its static table: `table` is undefined, which its function may not expect. */
function explainMissingTable(node: PipelineNode, fn: AnyFn, batch: BatchCount): AnyFn {
  const checked = checkReturns({ ...node, params: { ...node.params, table: [] } }, "fn", 3, fn, batch);
  return (...args: unknown[]) => {
    try {
      return checked(...args);
    } catch (e) {
      if (!(e instanceof NodeError) || !/undefined/.test(e.message)) throw e;
      const hint = " (this node's Static table is empty, so `table` is undefined)";
      throw new NodeError(e.nodeId, e.message + hint, e.record, e.param);
    }
  };
}
