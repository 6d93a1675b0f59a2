// The hostile material the fuzz test draws from: function sources that return the wrong thing, throw
// odd values or recurse without end, and values that are the wrong type, huge, deeply nested or keyed
// by prototype names. (Global prototype pollution and endless loops are the sandbox's tests: here they
// would poison or hang the test process itself.)
import fc from "fast-check";

/** Plausible functions for each arity, so that many generated pipelines run. */
const plausible = [
  "(x) => x",
  "(x) => [x, 1]",
  "(x) => String(x).split(' ')",
  "(a, b) => a + b",
  "(a, b) => (a > b ? a : b)",
  "(x) => typeof x === 'string'",
  "(rdd) => rdd",
  "(rdd, t, table) => rdd.map((x) => [x, 1])",
  "(values, state) => values.length + (state ?? 0)",
  "(key, value, state) => { state.update(1); return [key, value]; }",
  "(it) => it",
  "(v) => [v, v]",
  "(left, right) => left.union(right)",
];

/** Functions that return what the operator cannot use, throw, or misbehave. */
const hostile = [
  "(x) => null",
  "(x) => undefined",
  "(x) => 5",
  "(x) => NaN",
  "(x) => ({ a: 1 })",
  "(x) => ({ __proto__: { then: 1 } })",
  "(x) => ({ then: (r) => r(1) })",
  "async (x) => x",
  "async (rdd) => { throw new Error('later'); }",
  "function* (x) { yield x; }",
  "(x) => { throw null; }",
  "(x) => { throw 'a string'; }",
  "(x) => { throw { message: 1 }; }",
  "(x) => { throw new RangeError('bad'); }",
  "(x) => { const f = (y) => f(y) + 1; return f(x); }",
  "(x) => { let v = x; for (let i = 0; i < 20000; i++) v = [v]; return v; }",
  "(x) => { const o = {}; o.self = o; return o; }",
  "(x) => Symbol('s')",
  "(x) => 10n ** 30n",
  "(x) => new Array(1000).fill(x)",
  "(x) => x.no.such.property",
  "(rdd) => rdd.take",
  "(rdd) => ({ take: () => [] })",
  "(rdd, t, table) => rdd.join(table)",
  "(a, b) => a.concat(b)",
  '(x) => JSON.parse(\'{"__proto__": {"polluted": true}}\')',
  "(x) => Object.create(null)",
  "(x) => [x, Object.assign(Object.create(null), { constructor: 1 })]",
  "() => { return",
  "not a function at all",
  "class A {}",
  "(x) => { x.constructor = null; return x; }",
  "",
  "   ",
];

export const functionSource: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...plausible) },
  { weight: 4, arbitrary: fc.constantFrom(...hostile) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, true, [], {}, { toString: "x" }) },
);

const prototypeKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];

/** A value nested `levels` deep: [[[...1]]] or {"a": {"a": ...}}. */
export function nested(levels: number, asObject: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = asObject ? { a: v } : [v];
  return v;
}

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  1e21,
  5e-324,
);

/** JSON-ish records: plain values, prototype keys, huge numbers and (rarely) deep nesting. */
export const record: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -1000, max: 1000 })) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom("a", "b", "c"), fc.integer({ min: 0, max: 9 })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: hugeNumber },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...prototypeKeys)
      .map((k) => JSON.parse(`{"${k}": {"polluted": true}, "v": 1}`) as unknown),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 85, max: 100 }), fc.boolean()).map(([n, o]) => nested(n, o)),
  },
);

/** Any value a param could be given by a hostile document. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hugeNumber,
  fc.constantFrom(null, true, "", "x", [], {}, [[]], -1, 0, 0.5, 3_600_001, 10_000_000, 1e12),
  fc.integer(),
  fc.array(record, { maxLength: 4 }),
  fc.constantFrom(...prototypeKeys),
  fc.constantFrom(...prototypeKeys).map((k) => JSON.parse(`{"${k}": 1}`) as unknown),
);

export const prototypeKey = fc.constantFrom(...prototypeKeys);
