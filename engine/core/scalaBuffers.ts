// Scala classes a plain JS value stands for, so records print as Spark prints them. First, the buffers
// Spark keeps grouped values in:
//   RDD groupByKey / cogroup (PairRDDFunctions, CoGroupedRDD)        -> CompactBuffer(1, 2)
//   DStream groupByKey / groupByKeyAndWindow (PairDStreamFunctions)  -> ArrayBuffer(1, 2)
// A buffer is a plain JS array carrying a private field with its Scala class name. Not a subclass of
// Array: V8's fast paths for reduce, map, for-of and spread need Array.prototype itself (an Array
// subclass made them 20-60x slower). A private field costs a few ns to add, keeps the prototype, and is
// invisible to JSON, structured clone (the worker's postMessage), Object.keys and vitest's toEqual.
// Arrays derived from a buffer (map, filter, slice, spread) are plain arrays again.

/** A base constructor that returns its argument, so a subclass's private field lands on that object. */
class ReturnsTarget {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the standard way to add a private field to an existing object
    return target;
  }
}

class ScalaSeqName extends ReturnsTarget {
  readonly #name: string;

  private constructor(target: unknown[], name: string) {
    super(target);
    this.#name = name;
  }

  static stamp<A extends unknown[]>(values: A, name: string): A {
    if (!(#name in values)) new ScalaSeqName(values, name);
    return values;
  }

  static of(value: unknown[]): string | undefined {
    return #name in value ? (value as unknown as ScalaSeqName).#name : undefined;
  }
}

/** Spark's `CompactBuffer(values...)`: marks `values` (kept, not copied) and returns it. */
export function compactBuffer<T>(values: T[] = []): T[] {
  return ScalaSeqName.stamp(values, "CompactBuffer");
}

/** Scala's mutable `ArrayBuffer(values...)`: marks `values` (kept, not copied) and returns it. */
export function arrayBuffer<T>(values: T[] = []): T[] {
  return ScalaSeqName.stamp(values, "ArrayBuffer");
}

/** The Scala class an array stands for ("CompactBuffer", "ArrayBuffer"), or undefined for a tuple. */
export function scalaSeqName(value: unknown[]): string | undefined {
  return ScalaSeqName.of(value);
}

// An outer join's value tuple, Spark's (V, Option[W]) / (Option[V], W) / (Option[V], Option[W]): a plain
// [v, w] whose private mark says which elements are Options, so it prints `(1,Some(x))` / `(1,None)` while
// user functions still see the bare value or undefined (`([k, [v, w]]) => w ?? 0`).
class ScalaOptionSlots extends ReturnsTarget {
  readonly #slots: number;

  private constructor(target: unknown[], slots: number) {
    super(target);
    this.#slots = slots;
  }

  static stamp<A extends unknown[]>(tuple: A, slots: number): A {
    new ScalaOptionSlots(tuple, slots);
    return tuple;
  }

  static of(value: unknown[]): number {
    return #slots in value ? (value as unknown as ScalaOptionSlots).#slots : 0;
  }
}

/** Bits of a tuple's elements that are Scala Options: bit i set = element i is `Option[_]`. */
export const OPTION_FIRST = 1;
export const OPTION_SECOND = 2;

/** Marks a fresh tuple (kept, not copied) whose elements in `slots` (OPTION_* bits) are Scala Options. */
export function optionTuple<A extends unknown[]>(tuple: A, slots: number): A {
  return ScalaOptionSlots.stamp(tuple, slots);
}

/** The OPTION_* bits of a tuple: 0 for a plain tuple. */
export function optionSlots(value: unknown[]): number {
  return ScalaOptionSlots.of(value);
}

/** Scala's `buffer ++= values`: appends in place and returns the buffer. */
export function appendAll<T>(buffer: T[], values: Iterable<T>): T[] {
  for (const v of values) buffer.push(v);
  return buffer;
}
