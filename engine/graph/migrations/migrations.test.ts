import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePipeline } from "../compile";
import { pipelineFromJson } from "../jsonIO";
import { parsePipeline } from "../schema";
import { decodePipeline, encodePipeline } from "../share";
import { PIPELINE_VERSION, type PipelineDocument } from "../types";
import { type Migration, migrateDocument, migrations } from "./index";

const fixture = (version: number) =>
  readFileSync(join(import.meta.dirname, "fixtures", `v${version}.json`), "utf8");

describe("the migration chain", () => {
  it("is ordered, each step from version n to n + 1, and ends at PIPELINE_VERSION", () => {
    migrations.forEach((m, i) => {
      expect(m.to, m.description).toBe(m.from + 1);
      if (i > 0) expect(m.from, m.description).toBe(migrations[i - 1].to);
    });
    expect(migrations[0].from).toBe(1);
    expect(migrations.at(-1)?.to).toBe(PIPELINE_VERSION);
  });

  it("has a fixture of every past version, and each loads as a current document", () => {
    for (let v = 1; v < PIPELINE_VERSION; v++) {
      const r = parsePipeline(fixture(v));
      expect(r.ok, `v${v}: ${r.ok ? "" : r.errors.join("; ")}`).toBe(true);
      if (r.ok) expect(r.doc.version).toBe(PIPELINE_VERSION);
    }
  });
});

describe("version 1 -> 2: queueStream's defaultBatch is defaultRDD", () => {
  it("renames the param and keeps its value; other kinds' params stay as they are", () => {
    const r = parsePipeline(fixture(1));
    if (!r.ok) throw new Error(r.errors.join("; "));
    const queue = r.doc.nodes.find((n) => n.kind === "queueStream")!;
    expect(queue.params.defaultRDD).toEqual(["z"]);
    expect(queue.params).not.toHaveProperty("defaultBatch");
    expect(r.doc.nodes.find((n) => n.id === "words")?.params).toEqual({ fn: '(line) => line.split(" ")' });
  });

  it("loads through every gate: import, share links, and the compiler then runs its default RDD", async () => {
    const imported = pipelineFromJson(fixture(1));
    if (!imported.ok) throw new Error(imported.errors.join("; "));
    const v1 = JSON.parse(fixture(1)) as PipelineDocument;
    const shared = decodePipeline(encodePipeline(v1));
    expect(shared.ok && shared.doc).toEqual(imported.doc);

    const printed: string[][] = [];
    const { ssc } = compilePipeline(imported.doc, {
      sink: { print: (_id, _t, lines) => printed.push(lines) },
    });
    ssc.start();
    await ssc.advance(3);
    ssc.stop();
    // Batch 3: the queue is empty, so the default RDD's record, split into words.
    expect(printed[2]).toContain("z");
  });

  it("leaves a document that is already current alone", () => {
    const current = JSON.parse(fixture(1));
    current.version = PIPELINE_VERSION;
    const r = migrateDocument(current);
    expect(r.ok && (r.value as PipelineDocument).nodes[0].params).toHaveProperty("defaultBatch");
  });
});

describe("version 2 -> 3: a pipeline has a mode", () => {
  it("makes an older document a DStream pipeline and keeps the rest", () => {
    const r = parsePipeline(fixture(2));
    if (!r.ok) throw new Error(r.errors.join("; "));
    expect(r.doc.mode).toBe("dstream");
    expect(r.doc.nodes.map((n) => n.kind)).toEqual(["textLines", "print"]);
    expect(
      parsePipeline(fixture(1)).ok && (parsePipeline(fixture(1)) as { doc: PipelineDocument }).doc.mode,
    ).toBe("dstream");
  });

  it("keeps a current document's mode, and refuses one that is neither", () => {
    const doc = {
      ...JSON.parse(fixture(2)),
      version: PIPELINE_VERSION,
      mode: "structured",
      nodes: [],
      edges: [],
    };
    const r = parsePipeline(doc);
    expect(r.ok && r.doc.mode).toBe("structured");
    const bad = parsePipeline({ ...doc, mode: "batch" });
    expect(bad.ok ? [] : bad.errors).toEqual(['mode: mode must be "dstream" or "structured"']);
  });
});

describe("migrateDocument", () => {
  // A chain of this test's own: version 3 -> 4 renames the kind "flatMap" to "flatMapRenamed".
  const renameKind: Migration = {
    from: 3,
    to: 4,
    description: "a kind renamed",
    up: (doc) => ({
      ...doc,
      nodes: (doc.nodes as { kind: string }[]).map((n) =>
        n.kind === "flatMap" ? { ...n, kind: "flatMapRenamed" } : n,
      ),
    }),
  };
  const chain = [...migrations, renameKind];

  it("applies every later step in order, from the document's own version", () => {
    const r = migrateDocument(JSON.parse(fixture(1)), chain);
    if (!r.ok) throw new Error(r.error);
    const doc = r.value as PipelineDocument;
    expect(doc.version).toBe(4);
    expect(doc.nodes.map((n) => n.kind)).toEqual(["queueStream", "flatMapRenamed", "print"]);
    expect(doc.nodes[0].params.defaultRDD).toEqual(["z"]);
  });

  it("starts at the document's version: a version 2 document skips 1 -> 2", () => {
    const v2 = { version: 2, nodes: [{ id: "q", kind: "queueStream", params: { defaultBatch: "kept" } }] };
    const r = migrateDocument(v2, chain);
    expect(r.ok && r.value).toEqual({
      version: 4,
      mode: "dstream",
      nodes: [{ id: "q", kind: "queueStream", params: { defaultBatch: "kept" } }],
    });
  });

  it("says which step failed, and passes non-documents and newer versions to the schema unchanged", () => {
    const failing: Migration = {
      from: 1,
      to: 2,
      description: "a broken step",
      up: () => {
        throw new Error("boom");
      },
    };
    expect(migrateDocument({ version: 1, nodes: [] }, [failing])).toEqual({
      ok: false,
      error: "version: cannot migrate from 1 to 2 (a broken step): boom",
    });
    for (const value of [null, [1], "text", { version: 99 }, { nodes: [] }])
      expect(migrateDocument(value)).toEqual({ ok: true, value });
  });
});
