// fast-check arbitraries of pipeline documents as a hostile file, link or stored value would hold
// them: mostly well-formed chains (so many reach the engine), with wrong types, missing fields, unknown
// kinds, cycles, huge numbers, deep nesting, prototype keys and bad functions mixed in.
import fc from "fast-check";
import { catalog, getKind } from "../catalog";
import type { NodeKindSpec, ParamSpec } from "../types";
import { functionSource, nested, prototypeKey, record, wrongValue } from "./hostile";

const kinds = Object.values(catalog);
const sources = kinds.filter((k) => k.category === "source");
const outputs = kinds.filter((k) => k.isOutput);
const operators = kinds.filter((k) => k.category !== "source" && !k.isOutput);

/** Text that would break out of a template literal or a string in exported code. */
const TEMPLATE_INJECTION = ["`$", "{x}`\\", '"', "'"].join("");

const batchInterval = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom(1000, 500, 2000) },
  { weight: 2, arbitrary: fc.constantFrom(1, 100, 7) },
  // An hour: valid, and with a generator's default rate the largest batches (up to 1.8M records).
  { weight: 1, arbitrary: fc.constant(3_600_000) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, "1000", null, 1e12, Number.NaN, 3_600_001) },
);

/** A value of the param's own type, within what a user might set (windows in whole batches). */
function plausibleValue(spec: ParamSpec): fc.Arbitrary<unknown> {
  const p = spec.param;
  switch (p.type) {
    case "function":
      return functionSource;
    case "duration":
      return fc.constantFrom(1000, 2000, 3000, 6000, 1500, 10_000, null);
    case "number":
      if (spec.name === "rate") return fc.constantFrom(0, 1, 5, 50, 1e7);
      return fc.integer({ min: p.min ?? -5, max: Math.min(p.max ?? 50, 50) });
    case "seed":
      return fc.integer();
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...p.options.map((o) => o.value));
    case "string":
      return fc.constantFrom("a b a", "out/x", "", "<img src=x onerror=alert(1)>", TEMPLATE_INJECTION);
    case "json":
      return fc.oneof(
        fc.array(fc.array(record, { maxLength: 5 }), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom("a", "b"), record), { maxLength: 4 }),
      );
  }
}

function paramsFor(spec: NodeKindSpec): fc.Arbitrary<Record<string, unknown>> {
  const entries = spec.params.map((p) =>
    fc
      .oneof(
        { weight: 10, arbitrary: fc.constant(undefined) }, // the default
        { weight: 8, arbitrary: plausibleValue(p) },
        { weight: 1, arbitrary: wrongValue },
      )
      .map((v) => [p.name, v] as const),
  );
  const extra = fc.oneof(
    { weight: 7, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(prototypeKey, wrongValue) },
  );
  return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
    const params: Record<string, unknown> = {};
    for (const [k, v] of pairs) if (v !== undefined) params[k] = v;
    // defineProperty: a "__proto__" key stays a key, as JSON.parse leaves it.
    if (more)
      Object.defineProperty(params, more[0], {
        value: more[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return params;
  });
}

const unknownKind = fc.oneof(
  fc.constantFrom("teleport", "__proto__", "constructor", "toString", ""),
  fc.string(),
);

function nodeOf(pool: NodeKindSpec[], i: number): fc.Arbitrary<Record<string, unknown>> {
  const known = fc
    .constantFrom(...pool)
    .chain((spec) => paramsFor(spec).map((params) => ({ kind: spec.kind, params })));
  const kind = fc.oneof(
    { weight: 40, arbitrary: known },
    { weight: 1, arbitrary: unknownKind.map((k) => ({ kind: k, params: {} })) },
  );
  return fc
    .tuple(
      kind,
      fc.option(fc.constantFrom("Word counts", "<b>x</b>", TEMPLATE_INJECTION, "__proto__", ""), { freq: 3 }),
    )
    .map(([k, label]) => ({
      id: `n${i}`,
      ...k,
      ...(label === null ? {} : { label }),
      position: { x: i * 100, y: 0 },
    }));
}

/** Nodes n0 (a source) -> n1 -> ... -> nk (an output), plus stray edges (cycles, joins, dangling). */
const pipelineShape = fc.integer({ min: 0, max: 5 }).chain((middle) =>
  fc.tuple(
    nodeOf(sources, 0),
    fc.tuple(...Array.from({ length: middle }, (_, i) => nodeOf(operators, i + 1))),
    nodeOf(outputs, middle + 1),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant([]) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: middle + 2 }),
            fc.integer({ min: 0, max: middle + 2 }),
            fc.option(fc.constantFrom("left", "right", "x"), { freq: 2 }),
          ),
          { minLength: 1, maxLength: 2 },
        ),
      },
    ),
  ),
);

const settings = fc.oneof(
  { weight: 12, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        defaultParallelism: fc.oneof(fc.integer({ min: 1, max: 8 }), wrongValue),
        seed: fc.oneof(fc.integer(), wrongValue),
        checkpointDir: fc.oneof(fc.constant("/tmp/cp"), wrongValue),
        backpressure: fc.oneof(fc.boolean(), wrongValue),
      },
      { requiredKeys: [] },
    ),
  },
);

type Mutation = (doc: Record<string, unknown>) => unknown;

/** Whole-document damage: missing or mistyped fields, prototype keys, deep nesting, odd versions. */
const mutation: fc.Arbitrary<Mutation> = fc.constantFrom<Mutation>(
  (d) => ({ ...d, nodes: undefined }),
  (d) => ({ ...d, nodes: {} }),
  (d) => ({ ...d, edges: "x" }),
  (d) => ({ ...d, version: 2 }),
  (d) => ({ ...d, version: undefined }),
  (d) => JSON.parse(`{"__proto__": {"nodes": []}, "constructor": 1, ${JSON.stringify(d).slice(1)}`),
  (d) => ({ ...d, nodes: [...(d.nodes as unknown[]), ...(d.nodes as unknown[])] }), // duplicate ids
  (d) => ({ ...d, edges: [{ source: "nowhere", target: "n0" }] }),
  (d) => ({ ...d, nodes: (d.nodes as Record<string, unknown>[]).map((n) => ({ ...n, id: 5 })) }),
  (d) => ({
    ...d,
    nodes: (d.nodes as Record<string, unknown>[]).map(({ params: _, ...n }) => ({ ...n, params: "x" })),
  }),
  (d) => ({ ...d, name: nested(2_000, false) }),
  (d) => ({
    ...d,
    nodes: (d.nodes as Record<string, unknown>[]).map((n) => ({
      ...n,
      params: { batches: nested(2_000, true) },
    })),
  }),
  (d) => [d],
  () => null,
);

export interface FuzzCase {
  doc: unknown;
  /** Given as JSON text (a file, a link) rather than a value (IndexedDB, the worker). */
  asText: boolean;
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    pipelineShape,
    batchInterval,
    settings,
    fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: mutation }),
    fc.boolean(),
  )
  .map(([[first, middle, last, stray], interval, s, mutate, asText]) => {
    const nodes = [first, ...middle, last];
    const edges: Record<string, unknown>[] = [];
    nodes.slice(1).forEach((n, i) => {
      edges.push({ source: nodes[i].id, target: n.id });
      // Joins and transformWith take the source as their second input.
      const min = getKind(String(n.kind))?.inputs.min ?? 1;
      if (min === 2) edges.push({ source: nodes[0].id, target: n.id, targetHandle: "right" });
    });
    for (const [a, b, handle] of stray) {
      const target = `n${b}`;
      edges.push({ source: `n${a}`, target, ...(handle ? { targetHandle: handle } : {}) });
    }
    const doc: Record<string, unknown> = {
      version: 1,
      name: "fuzz",
      batchIntervalMs: interval,
      nodes,
      edges,
    };
    // Stateful operators need a checkpoint directory: most documents have one (in memory here).
    doc.settings = s ?? (interval !== 500 ? { checkpointDir: "checkpoints" } : undefined);
    return { doc: mutate ? mutate(doc) : doc, asText };
  });
