// Stable key hashing, as the JVM does, so the hash partitioner puts keys where Spark would for strings and
// ints: strings use Java's String.hashCode, int32 numbers their value, other numbers Java's Double.hashCode,
// booleans 1231/1237, null/undefined 0, arrays (tuples) 31*h + hash(element) from h = 1 (Java's List),
// other objects the hash of their stable JSON text.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function hashKey(key: unknown): number {
  switch (typeof key) {
    case "string": {
      let h = 0;
      for (let i = 0; i < key.length; i++) h = (Math.imul(31, h) + key.charCodeAt(i)) | 0;
      return h;
    }
    case "number":
      if ((key | 0) === key) return key;
      f64[0] = key;
      return (u32[0] ^ u32[1]) | 0;
    case "boolean":
      return key ? 1231 : 1237;
    case "undefined":
      return 0;
    case "bigint":
      return Number(BigInt.asIntN(32, key));
    default:
      if (key === null) return 0;
      if (Array.isArray(key)) {
        let h = 1;
        for (const element of key) h = (Math.imul(31, h) + hashKey(element)) | 0;
        return h;
      }
      return hashKey(stableStringify(key));
  }
}

/** Spark's Utils.nonNegativeMod, as HashPartitioner uses it. */
export const partitionOf = (key: unknown, numPartitions: number): number => {
  const raw = hashKey(key) % numPartitions;
  return raw < 0 ? raw + numPartitions : raw;
};

/** JSON with sorted object keys, so equal values give equal text. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/**
 * A Map key with structural equality: primitives are themselves (fast path), tuples and objects become
 * their stable JSON text behind a "\u0001" prefix (a user string starting with \u0001 could collide).
 */
export const mapKey = (key: unknown): unknown =>
  key !== null && typeof key === "object" ? `\u0001${stableStringify(key)}` : key;
