// Run-time guard around user functions: an exception becomes a NodeError naming the node, the param
// and the failing record, and the worker learns which node is running user code (so that, if a call
// never returns, the page can say which node hung).

/**
 * NodeErrors the engine itself raised. User code can reach the NodeError class (as the constructor of an
 * upstream node's error it caught), so a NodeError it throws is not believed: it is reported as that
 * node's own failure, never as another node's.
 */
const raised = new WeakSet<object>();

/** An error thrown while running a node's user code. */
export class NodeError extends Error {
  override name = "NodeError";
  constructor(
    readonly nodeId: string,
    message: string,
    /** The failing record as truncated JSON. */
    readonly record?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

/** A NodeError from the engine itself (the only kind that may name a node other than the failing one). */
export function engineNodeError(nodeId: string, message: string, record?: string, param?: string): NodeError {
  const error = new NodeError(nodeId, message, record, param);
  raised.add(error);
  return error;
}

/** True for a NodeError raised by the engine, not one made by user code. */
export const isEngineNodeError = (e: unknown): e is NodeError => e instanceof NodeError && raised.has(e);

/** Tracks which node's user code runs; `onEnter` fires once per node per epoch (batch). */
export class RunningNodeTracker {
  current: string | undefined;
  epoch = 0;
  /** Fires on the first call of a node's user code in an epoch. */
  onEnter: ((nodeId: string) => void) | undefined;
  /** Fires whenever the running node changes (cheap: a shared-memory write in the worker). */
  onChange: ((nodeId: string) => void) | undefined;

  /** Marks a node as running outside a guarded call (e.g. while its functions are compiled). */
  enter(nodeId: string): void {
    if (this.current !== nodeId) {
      this.current = nodeId;
      this.onChange?.(nodeId);
    }
    this.onEnter?.(nodeId);
  }

  nextEpoch(): void {
    this.epoch++;
    this.current = undefined;
  }
}

const MAX_RECORD_CHARS = 300;

/** JSON for any value a user function sees, never throwing, cut to `max` characters. */
export function describeRecord(value: unknown, max = MAX_RECORD_CHARS): string {
  let text: string;
  try {
    const seen = new WeakSet<object>();
    text =
      JSON.stringify(value, (_key, v: unknown) => {
        if (v === undefined) return "undefined";
        if (typeof v === "function") return `[function]`;
        if (typeof v === "bigint") return `${v}n`;
        if (typeof v === "number" && !Number.isFinite(v)) return String(v);
        if (v && typeof v === "object") {
          if (seen.has(v)) return "[circular]";
          seen.add(v);
          const name = (v as object).constructor?.name;
          if (name?.endsWith("RDD")) return `[${name}]`;
        }
        return v;
      }) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function fail(nodeId: string, param: string, e: unknown, record: unknown): never {
  if (isEngineNodeError(e)) throw e;
  const message = e instanceof Error ? `${e.name}: ${e.message}` : `Uncaught ${describeRecord(e)}`;
  throw engineNodeError(nodeId, message, describeRecord(record), param);
}

/**
 * Wraps a user function for a node. Arity-specific wrappers keep the hot path free of rest arrays.
 * The record reported on failure is the first argument, or all of them for functions of several.
 */
export function guardUserFunction<F extends (...args: any[]) => unknown>(
  fn: F,
  nodeId: string,
  param: string,
  arity: number,
  tracker?: RunningNodeTracker,
): F {
  let epoch = -1;
  const enter = tracker
    ? () => {
        if (tracker.current !== nodeId) {
          tracker.current = nodeId;
          tracker.onChange?.(nodeId);
        }
        if (epoch !== tracker.epoch) {
          epoch = tracker.epoch;
          tracker.onEnter?.(nodeId);
        }
      }
    : () => {};
  const f = fn as (...args: unknown[]) => unknown;
  const one = (a: unknown) => {
    enter();
    try {
      return f(a);
    } catch (e) {
      fail(nodeId, param, e, a);
    }
  };
  const two = (a: unknown, b: unknown) => {
    enter();
    try {
      return f(a, b);
    } catch (e) {
      fail(nodeId, param, e, [a, b]);
    }
  };
  const many = (...args: unknown[]) => {
    enter();
    try {
      return f(...args);
    } catch (e) {
      fail(nodeId, param, e, args.length === 1 ? args[0] : args);
    }
  };
  return (arity === 1 ? one : arity === 2 ? two : many) as F;
}
