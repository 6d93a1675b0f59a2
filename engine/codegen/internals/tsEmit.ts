// TypeScript emission helpers that several kinds' emit.ts share.
import type { TsHelpers } from "./emit";
import { recordType } from "./tsTypes";

/** Optional trailing arguments: present ones in order, stopping at the first absent one. */
export function trailing(h: TsHelpers, ...params: string[]): string {
  let out = "";
  for (const p of params) {
    if (!h.has(p)) break;
    out += `, ${h.lit(p)}`;
  }
  return out;
}

/** The value type of `[k, v]` pairs written as JSON. */
export const pairValueType = (pairs: unknown): string =>
  recordType(Array.isArray(pairs) ? pairs.map((p) => (Array.isArray(p) ? p[1] : p)) : []);
