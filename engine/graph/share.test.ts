import { describe, expect, it } from "vitest";
import { loadExamples } from "../codegen/internals/examples.testkit";
import { pipelineFromJson, pipelineToJson } from "./jsonIO";
import { decodePipeline, encodePipeline, sharedPipelineInHash, shareUrl } from "./share";
import { PIPELINE_VERSION } from "./types";
import { blockIntervalOf } from "./validateBlockInterval";

describe("JSON export and import", () => {
  it.each(loadExamples().map((e) => [e.file, e.doc] as const))("%s round trips", (_f, doc) => {
    const back = pipelineFromJson(pipelineToJson(doc));
    expect(back).toEqual({ ok: true, doc });
  });

  it.each([
    ["", "the file is empty"],
    ["{ nodes: [", "not valid JSON"],
    ['{"version": 9, "batchIntervalMs": 1000, "nodes": []}', `version: expected version ${PIPELINE_VERSION}`],
    ['{"version": 1, "nodes": []}', "batchIntervalMs:"],
    [
      '{"version": 1, "batchIntervalMs": 1000, "nodes": [{"id": "a", "kind": "teleport"}]}',
      'nodes[0].kind: unknown node kind "teleport" (node "a")',
    ],
    [
      '{"version": 1, "batchIntervalMs": 1000, "nodes": [], "edges": [{"source": "x", "target": "y"}]}',
      'edges[0].source: no node with id "x"',
    ],
  ])("rejects %j with a clear message", (text, message) => {
    const result = pipelineFromJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toContain(message);
  });
});

describe("share links", () => {
  it.each(loadExamples().map((e) => [e.file, e.doc] as const))("%s round trips through a URL", (_f, doc) => {
    const url = shareUrl(doc, "https://studio.example/app/?x=1#old");
    expect(url.startsWith("https://studio.example/app/?x=1#p=")).toBe(true);
    const encoded = sharedPipelineInHash(new URL(url).hash);
    expect(encoded).toBe(encodePipeline(doc));
    expect(decodePipeline(encoded!)).toEqual({ ok: true, doc });
  });

  it("finds no pipeline in other hashes and reports a damaged one", () => {
    expect(sharedPipelineInHash("")).toBeUndefined();
    expect(sharedPipelineInHash("#section")).toBeUndefined();
    expect(decodePipeline("not-lz-data")).toMatchObject({ ok: false });
  });
});

describe("the block interval (spark.streaming.blockInterval) in files and links", () => {
  const example = () => loadExamples().find((e) => e.file === "socket-word-count.json")!.doc;

  it("round trips through JSON and a share link when set", () => {
    const doc = { ...example(), blockIntervalMs: 100 };
    expect(pipelineFromJson(pipelineToJson(doc))).toEqual({ ok: true, doc });
    expect(pipelineToJson(doc)).toContain('"blockIntervalMs": 100');
    expect(decodePipeline(encodePipeline(doc))).toEqual({ ok: true, doc });
  });

  it("documents written before the field load without it (Spark's 200 ms) and save without it", () => {
    const { blockIntervalMs: _none, ...old } = example();
    const fromFile = pipelineFromJson(JSON.stringify(old));
    expect(fromFile.ok && "blockIntervalMs" in fromFile.doc).toBe(false);
    expect(fromFile.ok && blockIntervalOf(fromFile.doc)).toBe(200);
    expect(pipelineToJson(old)).not.toContain("blockIntervalMs");
    const fromLink = decodePipeline(encodePipeline(old));
    expect(fromLink).toEqual(fromFile);
  });

  it("an imported file with a bad block interval is refused with its path", () => {
    const result = pipelineFromJson(JSON.stringify({ ...example(), blockIntervalMs: 0 }));
    expect(result).toEqual({
      ok: false,
      errors: ["blockIntervalMs: the block interval must be a positive number of milliseconds"],
    });
  });
});
