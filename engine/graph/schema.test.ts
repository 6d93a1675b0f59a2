import { describe, expect, it } from "vitest";
import { defaultSettings, documentSchemas, emptyPipeline, parsePipeline } from "./schema";
import { PIPELINE_VERSION } from "./types";

const wordCount = {
  version: 1,
  name: "word count",
  batchIntervalMs: 1000,
  nodes: [
    { id: "lines", kind: "textLines", params: { lines: "a b\nb c", rate: 2 }, position: { x: 0, y: 0 } },
    { id: "words", kind: "flatMap", params: {}, position: { x: 200, y: 0 } },
    { id: "pairs", kind: "map", params: { fn: "(w) => [w, 1]" } },
    { id: "counts", kind: "reduceByKey", params: {} },
    { id: "out", kind: "print", params: { num: 5 } },
  ],
  edges: [
    { source: "lines", target: "words" },
    { source: "words", target: "pairs" },
    { id: "x", source: "pairs", target: "counts" },
    { source: "counts", target: "out" },
  ],
};

describe("parsePipeline", () => {
  it("fills defaults: settings, positions, edge ids and catalog params", () => {
    const r = parsePipeline(wordCount);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.doc.settings).toEqual({
      defaultParallelism: 2,
      executors: 2,
      coresPerExecutor: 2,
      backpressure: false,
      seed: 42,
    });
    expect(r.doc.nodes[2].position).toEqual({ x: 0, y: 0 });
    expect(r.doc.nodes[1].params.fn).toBe('(line) => line.split(" ")');
    expect(r.doc.nodes[4].params.num).toBe(5);
    expect(r.doc.nodes[0].params.port).toBe(9999);
    expect(r.doc.edges.map((e) => e.id)).toEqual(["e-lines-words", "e-words-pairs", "x", "e-counts-out"]);
  });

  it("round-trips: a parsed document serialised and parsed again is the same", () => {
    const r1 = parsePipeline(wordCount);
    if (!r1.ok) throw new Error("first parse failed");
    const r2 = parsePipeline(JSON.stringify(r1.doc));
    expect(r2).toEqual({ ok: true, doc: r1.doc });
  });

  it("keeps params of unknown kinds as they are (the validator reports the kind)", () => {
    const r = parsePipeline({ ...wordCount, nodes: [{ id: "z", kind: "zap", params: { a: 1 } }], edges: [] });
    expect(r.ok && r.doc.nodes[0].params).toEqual({ a: 1 });
  });

  it("rejects bad JSON text", () => {
    const r = parsePipeline("{nope");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^not valid JSON: /);
  });

  it("rejects documents with path-based messages", () => {
    const r = parsePipeline({
      version: PIPELINE_VERSION + 1,
      batchIntervalMs: 1.5,
      settings: { defaultParallelism: 0 },
      nodes: [
        { id: "a", kind: "map", position: { x: "1", y: 0 } },
        { id: "a", kind: "" },
      ],
      edges: [{ source: "a", target: "ghost" }],
    });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContain(
      `version: expected version ${PIPELINE_VERSION}, found ${PIPELINE_VERSION + 1}: the document was written by a newer DStream Studio`,
    );
    expect(errors).toContain("batchIntervalMs: the batch interval must be a whole number of milliseconds");
    expect(errors.some((e) => e.startsWith("settings.defaultParallelism: "))).toBe(true);
    expect(errors.some((e) => e.startsWith("nodes[0].position.x: "))).toBe(true);
    expect(errors).toContain("nodes[1].kind: a node kind must not be empty");
  });

  it("says which version an older, newer or unversioned document has", () => {
    const versionError = (version: unknown) => {
      const r = parsePipeline({ version, batchIntervalMs: 1000, nodes: [] });
      return r.ok ? "" : r.errors.find((e) => e.startsWith("version: "));
    };
    const expected = `version: expected version ${PIPELINE_VERSION}`;
    expect(versionError(0)).toBe(`${expected}, found 0`);
    expect(versionError("1")).toBe(`${expected}, found "1"`);
    expect(versionError(undefined)).toBe(`${expected} (the document has no version field)`);
    expect(versionError(PIPELINE_VERSION + 1)).toContain(
      `found ${PIPELINE_VERSION + 1}: the document was written by a newer DStream Studio`,
    );
  });

  it("reports duplicate ids and dangling edges", () => {
    const r = parsePipeline({
      version: 1,
      batchIntervalMs: 1000,
      nodes: [
        { id: "a", kind: "map" },
        { id: "a", kind: "filter" },
      ],
      edges: [{ source: "a", target: "ghost" }],
    });
    expect(r.ok ? [] : r.errors).toEqual([
      'nodes[1].id: duplicate node id "a"',
      'edges[0].target: no node with id "ghost"',
    ]);
  });

  it("reports a missing field by name", () => {
    const r = parsePipeline({ version: 1, nodes: [] });
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/^batchIntervalMs: /)]);
  });

  it("emptyPipeline is a valid document", () => {
    expect(parsePipeline(emptyPipeline("x")).ok).toBe(true);
  });
});

describe("the plain defaults", () => {
  it("are what the schema fills in for a document without settings", () => {
    expect(documentSchemas().settingsSchema.parse({})).toEqual(defaultSettings);
    const parsed = parsePipeline({ version: PIPELINE_VERSION, batchIntervalMs: 1000, nodes: [] });
    expect(parsed.ok && parsed.doc.settings).toEqual(defaultSettings);
    expect(emptyPipeline().settings).toEqual(defaultSettings);
  });
});
