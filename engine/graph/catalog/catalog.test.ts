import { describe, expect, it } from "vitest";
import {
  catalog,
  catalogByCategory,
  categoryOrder,
  getKind,
  needsCheckpoint,
  outputPairness,
  resolveParams,
  summarize,
} from ".";

const engineOperators = [
  "map",
  "flatMap",
  "filter",
  "glom",
  "mapPartitions",
  "repartition",
  "union",
  "count",
  "countByValue",
  "reduce",
  "reduceByKey",
  "groupByKey",
  "combineByKey",
  "mapValues",
  "flatMapValues",
  "transform",
  "transformWith",
  "join",
  "leftOuterJoin",
  "rightOuterJoin",
  "fullOuterJoin",
  "cogroup",
  "window",
  "countByWindow",
  "reduceByWindow",
  "reduceByKeyAndWindow",
  "countByValueAndWindow",
  "groupByKeyAndWindow",
  "updateStateByKey",
  "mapWithState",
  "cache",
  "persist",
  "checkpoint",
  "print",
  "foreachRDD",
  "saveAsTextFiles",
  "saveAsObjectFiles",
  "stockTicker",
  "kafkaDirectStream",
  "kafkaSimulated",
  "queueStream",
  "textLines",
  "socketTextStream",
  "textFileStream",
  "httpStream",
  "saveToDatabase",
  "sendBatches",
  "randomWords",
  "sensorReadings",
  "clickStream",
  "staticTable",
];

describe("catalog", () => {
  it("has an entry for every source, operator and sink of the engine", () => {
    for (const kind of engineOperators) expect(getKind(kind)?.kind, kind).toBe(kind);
    expect(Object.keys(catalog).sort()).toEqual([...engineOperators].sort());
  });

  it("groups every kind under exactly one category", () => {
    const grouped = categoryOrder.flatMap((c) => catalogByCategory[c].map((s) => s.kind));
    expect(grouped.sort()).toEqual(Object.keys(catalog).sort());
  });

  it("documents every kind and param with the Spark method", () => {
    for (const spec of Object.values(catalog)) {
      const method = spec.sparkMethod.split("(")[0].split(".").pop() as string;
      expect(spec.doc, spec.kind).toContain(method);
      for (const p of spec.params) expect(p.doc.length, `${spec.kind}.${p.name}`).toBeGreaterThan(10);
    }
  });

  it("default function params are JavaScript that evaluates to functions", () => {
    for (const spec of Object.values(catalog)) {
      for (const p of spec.params) {
        if (p.param.type !== "function" || p.optional) continue;
        const fn = new Function(`return (${p.default as string});`)();
        expect(typeof fn, `${spec.kind}.${p.name}`).toBe("function");
      }
    }
  });

  it("two-input nodes name their inputs left and right", () => {
    for (const k of [
      "join",
      "leftOuterJoin",
      "rightOuterJoin",
      "fullOuterJoin",
      "cogroup",
      "transformWith",
    ]) {
      expect(getKind(k)!.inputs).toEqual({ min: 2, max: 2, names: ["left", "right"] });
    }
    expect(catalog.union.inputs.max).toBe(Number.POSITIVE_INFINITY);
  });

  it("marks checkpointing as Spark requires it", () => {
    expect(needsCheckpoint(catalog.updateStateByKey, {})).toBe(true);
    expect(needsCheckpoint(catalog.countByWindow, {})).toBe(true);
    expect(needsCheckpoint(catalog.reduceByKeyAndWindow, {})).toBe(false);
    expect(needsCheckpoint(catalog.reduceByKeyAndWindow, { invFn: "(a, b) => a - b" })).toBe(true);
    expect(needsCheckpoint(catalog.window, {})).toBe(false);
  });

  it("infers pair output from params where it depends on them", () => {
    expect(outputPairness(catalog.map, {})).toBe("pair");
    expect(outputPairness(catalog.map, { fn: "(x) => x * 2" })).toBe("unknown");
    expect(outputPairness(catalog.map, { fn: "(w) => { return [w.id, w]; }" })).toBe("pair");
    expect(outputPairness(catalog.mapWithState, { stateSnapshots: true })).toBe("pair");
  });

  it("summarises key params for node cards", () => {
    expect(summarize(catalog.window, { windowMs: 30000, slideMs: 10000 }, 1000)).toBe("window 30s / 10s");
    expect(summarize(catalog.window, { windowMs: 3000, slideMs: null }, 500)).toBe("window 3s / 500ms");
    expect(summarize(catalog.reduceByKeyAndWindow, { invFn: "(a,b)=>a-b", windowMs: 120000 }, 1000)).toBe(
      "reduce (inv) 2min / 1s",
    );
    expect(summarize(catalog.print, {}, 1000)).toBe("first 10");
    expect(summarize(catalog.saveAsTextFiles, {}, 1000)).toBe("output/counts-<time>.txt");
  });

  it("resolveParams keeps given values and fills the rest", () => {
    expect(resolveParams(catalog.print, { num: 3 })).toEqual({ num: 3 });
    expect(resolveParams(catalog.repartition, {})).toEqual({ numPartitions: 4 });
  });

  it("resolveParams gives object defaults as copies: a pipeline mutating them leaves the catalog as it was", () => {
    // Found by the fuzz test: a map function setting `row.constructor = null` on a default static table's
    // row broke every later export in the process ("object.constructor[Symbol.species] is not a constructor").
    const first = resolveParams(catalog.staticTable, {});
    const firstValues = Object.values(first).filter((v) => typeof v === "object" && v !== null);
    expect(firstValues.length).toBeGreaterThan(0);
    const before = JSON.stringify(resolveParams(catalog.staticTable, {}));
    for (const v of firstValues) Object.assign(v as object, { constructor: null });
    for (const v of firstValues) if (Array.isArray(v)) v.push(["mutated", 0]);
    expect(JSON.stringify(resolveParams(catalog.staticTable, {}))).toBe(before);
    const again = Object.values(resolveParams(catalog.staticTable, {})).find(Array.isArray);
    expect(again?.map((x) => x)).toBeDefined();
  });
});
