import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StateMap } from "./StateMap";

// The delta maps, with copies, branches (a batch recomputed from the same parent) and compactions at any
// point, read exactly as a naive model that copies a whole Map for every version.
type Op =
  | { kind: "put"; key: number; value: number }
  | { kind: "remove"; key: number }
  | { kind: "copy"; from: number }
  | { kind: "compact"; at: number };

const key = fc.integer({ min: 0, max: 12 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("put" as const), key, value: fc.integer() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("remove" as const), key }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("copy" as const), from: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("compact" as const), at: fc.nat() }), weight: 1 },
);

function sorted(values: Iterable<[number, number]>): [number, number][] {
  return [...values].sort((a, b) => a[0] - b[0]);
}

describe("StateMap (delta maps with a parent chain)", () => {
  it("every version reads as a naive copy-per-version model", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const versions = [StateMap.empty<[number, number]>()];
        const models = [new Map<number, number>()];
        let current = 0; // only a map not yet copied is written to, as each batch writes its own copy
        for (const op of ops) {
          if (op.kind === "copy") {
            const from = op.from % versions.length;
            versions.push(versions[from].copy());
            models.push(new Map(models[from]));
            current = versions.length - 1;
          } else if (op.kind === "compact") {
            const at = op.at % versions.length;
            versions[at].compact();
            if (at === current) {
              // a compacted map is finished: the next batch writes to a copy of it
              versions.push(versions[at].copy());
              models.push(new Map(models[at]));
              current = versions.length - 1;
            }
          } else if (op.kind === "put") {
            versions[current].put(op.key, [op.key, op.value]);
            models[current].set(op.key, op.value);
          } else {
            versions[current].remove(op.key);
            models[current].delete(op.key);
          }
          if (op.kind === "copy") versions[current].put(-1, [-1, versions.length]);
          if (op.kind === "copy") models[current].set(-1, versions.length);
        }
        versions.forEach((map, i) => {
          const model = models[i];
          expect(map.size).toBe(model.size);
          expect(sorted(map.values())).toEqual(sorted(model));
          for (let k = -1; k <= 12; k++) expect(map.get(k)?.[1]).toBe(model.get(k));
        });
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it("compaction makes the map the root and leaves its contents alone", () => {
    let map = StateMap.empty<string>();
    for (let i = 0; i < 25; i++) {
      map = map.copy();
      map.put(i, `v${i}`);
    }
    expect(map.chainLength()).toBe(26);
    expect(map.shouldCompact()).toBe(true);
    map.compact();
    expect(map.chainLength()).toBe(1);
    expect([...map.values()]).toEqual(Array.from({ length: 25 }, (_, i) => `v${i}`));
  });
});
