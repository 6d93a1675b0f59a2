// Stage fusion by code generation. A chain of narrow stages (map, flatMap, filter, mapValues,
// flatMapValues) ending in a sink (emit, or a shuffle's map-side combine) is compiled into ONE function
// per chain shape, with the user functions passed in as arguments. Each record then flows through plain
// nested loops instead of a closure call per operator, which lets V8 inline the user functions and drop
// the short-lived tuples (word count runs at hand-written-loop speed). The generated text contains only
// these templates, never user code. Where `new Function` is unavailable (a strict CSP), callers fall back
// to the closure chain.
import { mapKey } from "../hash";

export type StageKind = "map" | "flatMap" | "filter" | "mapValues" | "flatMapValues";
export interface Stage {
  kind: StageKind;
  fn: (x: any) => any;
}

export type Sink =
  | { kind: "emit"; emit: (record: any) => void }
  | {
      kind: "combine";
      map: Map<unknown, [unknown, unknown]>;
      createCombiner: (v: any) => unknown;
      mergeValue: (c: any, v: any) => unknown;
    };

interface Context {
  emit?: (record: any) => void;
  map?: Map<unknown, [unknown, unknown]>;
}
/** Pushes one record through the stages; `overSlice`, where set, pushes records [start, end) of an
 * array, the same loop with the source's own loop inside it (no call per record). */
export type Fused = ((record: any) => void) & {
  overSlice?: (data: readonly unknown[], start: number, end: number) => void;
};
type Factory = (
  fns: readonly ((...args: any[]) => any)[],
  toArray: (x: Iterable<unknown>) => unknown[],
  keyOf: (k: unknown) => unknown,
  ctx: Context,
) => Fused;

const factories = new Map<string, Factory | null>();
const toArray = (x: Iterable<unknown>): unknown[] => (Array.isArray(x) ? x : Array.from(x));

function sinkCode(kind: Sink["kind"], v: string): string {
  if (kind === "emit") return `emit(${v});`;
  return (
    `{ const k = ${v}[0]; const mk = typeof k === "object" && k !== null ? keyOf(k) : k; const e = m.get(mk);` +
    ` if (e === undefined) m.set(mk, [k, create(${v}[1])]); else e[1] = merge(e[1], ${v}[1]); }`
  );
}

function stageCode(kinds: readonly StageKind[], i: number, v: string, sink: Sink["kind"]): string {
  if (i === kinds.length) return sinkCode(sink, v);
  const next = `v${i + 1}`;
  const rest = (value: string) => stageCode(kinds, i + 1, value, sink);
  switch (kinds[i]) {
    case "map":
      return `const ${next} = f${i}(${v}); ${rest(next)}`;
    case "filter":
      return `if (f${i}(${v})) { ${rest(v)} }`;
    case "mapValues":
      return `const ${next} = [${v}[0], f${i}(${v}[1])]; ${rest(next)}`;
    case "flatMap":
      return `const o${i} = toArray(f${i}(${v})); for (let j${i} = 0; j${i} < o${i}.length; j${i}++) { const ${next} = o${i}[j${i}]; ${rest(next)} }`;
    case "flatMapValues":
      return `const o${i} = toArray(f${i}(${v}[1])); for (let j${i} = 0; j${i} < o${i}.length; j${i}++) { const ${next} = [${v}[0], o${i}[j${i}]]; ${rest(next)} }`;
  }
}

function factoryFor(kinds: readonly StageKind[], sink: Sink["kind"]): Factory | null {
  const key = `${kinds.join(",")}>${sink}`;
  let factory = factories.get(key);
  if (factory !== undefined) return factory;
  const n = kinds.length;
  const bindings = kinds.map((_, i) => `const f${i} = fns[${i}];`).join(" ");
  const sinkBindings = sink === "emit" ? "" : `const create = fns[${n}], merge = fns[${n + 1}];`;
  const perCall = sink === "emit" ? "const emit = ctx.emit;" : "const m = ctx.map;";
  const code = stageCode(kinds, 0, "v0", sink);
  // Sources holding their records in an array (parallelized data, receiver blocks) call overSlice: the
  // user functions are then inlined into one loop over the array, as a hand-written loop would be.
  const body =
    `${bindings} ${sinkBindings} const fused = function fused(v0) { ${perCall} ${code} };` +
    ` fused.overSlice = function overSlice(data, start, end) { ${perCall}` +
    ` for (let i = start; i < end; i++) { const v0 = data[i]; ${code} } }; return fused;`;
  try {
    factory = new Function("fns", "toArray", "keyOf", "ctx", body) as Factory;
  } catch {
    factory = null; // code generation forbidden here: use the closure chain
  }
  factories.set(key, factory);
  return factory;
}

// ---- compiled closures, reused across batches (bounded, least recently used out) ----
interface Compiled {
  fused: Fused;
  ctx: Context;
  busy: boolean;
}
const MAX_COMPILED = 256;
const compiled = new Map<string, Compiled>();
const fnIds = new WeakMap<object, number>();
let nextFnId = 0;
const idOf = (fn: object): number => {
  let id = fnIds.get(fn);
  if (id === undefined) fnIds.set(fn, (id = nextFnId++));
  return id;
};

/**
 * Runs `run` with one function that pushes a source record through all `stages` into `sink`.
 * Returns false (and runs nothing) where code generation is unavailable: use the closure chain then.
 */
export function runFused(stages: readonly Stage[], sink: Sink, run: (fused: Fused) => void): boolean {
  const kinds = stages.map((s) => s.kind);
  const factory = factoryFor(kinds, sink.kind);
  if (!factory) return false;
  const fns: ((...args: any[]) => any)[] = stages.map((s) => s.fn);
  if (sink.kind === "combine") fns.push(sink.createCombiner, sink.mergeValue);
  const key = `${kinds.join(",")}>${sink.kind}:${fns.map(idOf).join(",")}`;
  let entry = compiled.get(key);
  if (entry && !entry.busy) {
    compiled.delete(key); // most recently used goes last
    compiled.set(key, entry);
  } else {
    const ctx: Context = {};
    const fresh: Compiled = { fused: factory(fns, toArray, mapKey, ctx), ctx, busy: false };
    if (!entry) {
      compiled.set(key, fresh);
      if (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    }
    entry = fresh; // a busy entry (re-entrant use) gets a private closure
  }
  if (sink.kind === "emit") entry.ctx.emit = sink.emit;
  else entry.ctx.map = sink.map;
  entry.busy = true;
  try {
    run(entry.fused);
  } finally {
    entry.busy = false;
    entry.ctx.emit = undefined;
    entry.ctx.map = undefined;
  }
  return true;
}
