import { describe, expect, it } from "vitest";
import { toPySpark } from "../codegen/pyspark";
import { toScala } from "../codegen/scala";
import { toTypeScript } from "../codegen/typescript";
import { compilePipeline } from "./compile";
import { MAX_NODES, MAX_PIPELINE_DEPTH } from "./limits";
import { chain, doc, node } from "./testPipelines";
import { validatePipeline } from "./validate";

const errors = (d: ReturnType<typeof doc>) => validatePipeline(d).filter((i) => i.severity === "error");

function mapChain(length: number, kind = "map") {
  const nodes = [node("q", "queueStream", { batches: [[1, 2], [3]] })];
  for (let i = 0; i < length; i++)
    nodes.push(kind === "map" ? node(`m${i}`, "map", { fn: "(x) => x + 1" }) : node(`m${i}`, kind));
  nodes.push(node("out", "print"));
  return doc(nodes, chain(nodes));
}

describe("records per batch", () => {
  it("a rate over the limit for the batch interval is an error at the rate field, naming the limit", () => {
    const nodes = [node("r", "sensorReadings", { rate: 10_000_000 }), node("out", "print")];
    const found = errors(doc(nodes, chain(nodes)));
    expect(found).toEqual([
      expect.objectContaining({
        nodeId: "r",
        param: "rate",
        message: expect.stringMatching(/10,000,000 records per batch, more than the limit of 2,000,000/),
      }),
    ]);
  });

  it("the same rate is fine with a shorter batch interval; an hour of a modest rate is not", () => {
    const nodes = [node("r", "sensorReadings", { rate: 10_000_000 }), node("out", "print")];
    expect(errors(doc(nodes, chain(nodes), { batchIntervalMs: 100 }))).toEqual([]);
    const slow = [node("r", "clickStream", { rate: 1000 }), node("out", "print")];
    expect(errors(doc(slow, chain(slow), { batchIntervalMs: 3_600_000 }))[0].message).toMatch(
      /3,600,000 records per batch/,
    );
  });

  it("random words count their words", () => {
    const nodes = [node("w", "randomWords", { rate: 10_000, wordsPerLine: 1000 }), node("out", "print")];
    expect(errors(doc(nodes, chain(nodes)))[0].message).toMatch(
      /10,000 lines of 1,000 words \(10,000,000 words\) per batch/,
    );
  });
});

describe("graph size and depth", () => {
  it(`more than ${MAX_NODES} nodes is one error, before anything walks the graph`, () => {
    const found = errors(mapChain(MAX_NODES));
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(`The pipeline has 1,002 nodes, more than the limit of 1,000`);
  });

  it(`a chain deeper than ${MAX_PIPELINE_DEPTH} nodes is an error at the first node past the limit`, () => {
    const found = errors(mapChain(MAX_PIPELINE_DEPTH));
    expect(found).toEqual([
      expect.objectContaining({
        nodeId: "m249",
        message: expect.stringMatching(/251 nodes down a chain, more than the limit of 250/),
      }),
    ]);
  });

  it("a chain at the limit, of the deepest-recursing operators, runs and exports", async () => {
    const d = mapChain(MAX_PIPELINE_DEPTH - 2, "window");
    expect(errors(d)).toEqual([]);
    const compiled = compilePipeline(d);
    compiled.ssc.start();
    await compiled.ssc.advance(3);
    compiled.ssc.stop();
    for (const emit of [toTypeScript, toPySpark, toScala]) expect(emit(d).code.length).toBeGreaterThan(0);
  });

  it("a 5,000-node chain is refused with a message, without overflowing the stack", () => {
    const found = validatePipeline(mapChain(5000));
    expect(found[0].message).toMatch(/more than the limit of 1,000/);
  });
});
