import { describe, expect, it } from "vitest";
import { chain, doc, edge, node, wordCountDoc } from "./testPipelines";
import type { PipelineIssue } from "./types";
import { hasErrors, NO_CHECKPOINT_MESSAGE, NO_OUTPUT_MESSAGE, validatePipeline } from "./validate";

const errors = (issues: PipelineIssue[]) => issues.filter((i) => i.severity === "error");

describe("validatePipeline", () => {
  it("accepts the word count", () => {
    expect(validatePipeline(wordCountDoc())).toEqual([]);
  });

  it("reports a cycle at the edge that closes it", () => {
    const nodes = [node("src", "textLines"), node("a", "map"), node("b", "union"), node("out", "print")];
    const d = doc(nodes, [edge("src", "b"), edge("b", "a"), edge("a", "b"), edge("a", "out")]);
    const issues = errors(validatePipeline(d));
    expect(issues).toHaveLength(1);
    // Whichever edge the search meets last closes the cycle; the issue sits on it and its target.
    expect(["a->b", "b->a"]).toContain(issues[0].edgeId);
    expect(issues[0].edgeId?.endsWith(`->${issues[0].nodeId}`)).toBe(true);
    expect(issues[0].message).toMatch(/cycle: (a → b → a|b → a → b)\. A DStream graph must be acyclic\.$/);
  });

  it("reports missing and extra inputs at the node and edge", () => {
    const nodes = [
      node("s1", "textLines"),
      node("s2", "textLines"),
      node("j", "join"),
      node("m", "map"),
      node("out", "print"),
    ];
    const d = doc(nodes, [edge("s1", "j", "left"), edge("s1", "m"), edge("s2", "m"), edge("m", "out")]);
    const issues = errors(validatePipeline(d));
    expect(issues).toContainEqual(
      expect.objectContaining({
        nodeId: "j",
        message: 'join needs 2 inputs (left and right), has 1: "right" is not connected',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        nodeId: "m",
        edgeId: "s2->m",
        message: "map takes one input; this edge is one too many",
      }),
    );
    const lonely = doc([node("f", "filter"), node("out", "print")], [edge("f", "out")]);
    expect(errors(validatePipeline(lonely))).toEqual([
      expect.objectContaining({ nodeId: "f", message: "filter needs an input, has 0" }),
    ]);
  });

  it("reports an unknown kind and an input into a source", () => {
    const nodes = [node("s", "textLines"), node("t", "textLines"), node("z", "zap"), node("out", "print")];
    const issues = errors(validatePipeline(doc(nodes, [edge("s", "t"), edge("t", "out")])));
    expect(issues).toContainEqual(
      expect.objectContaining({ nodeId: "z", message: 'Unknown node kind "zap"' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        nodeId: "t",
        edgeId: "s->t",
        message: "socketTextStream (simulated) is a source and takes no input",
      }),
    );
  });

  it("reports a pair operator fed a known plain stream, and passes unknown ones", () => {
    const plain = [
      node("s", "textLines"),
      node("c", "count"),
      node("r", "reduceByKey"),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(plain, chain(plain))))).toEqual([
      expect.objectContaining({
        nodeId: "r",
        edgeId: "c->r",
        message:
          'reduceByKey needs a stream of [key, value] pairs, but its input "c" (count) gives plain records',
      }),
    ]);
    // flatMap's output is unknown: it could be pairs, so the check waits for data.
    const unknown = [
      node("s", "textLines"),
      node("w", "flatMap"),
      node("f", "filter"),
      node("r", "reduceByKey"),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(unknown, chain(unknown))))).toEqual([]);
    // Pair-ness flows through same-as-input operators: filter of plain lines is plain.
    const through = [
      node("s", "textLines"),
      node("f", "filter"),
      node("r", "groupByKey"),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(through, chain(through))))[0]).toMatchObject({ nodeId: "r" });
  });

  it("reports a window or slide that is not a multiple of the parent's slide, with Spark's message", () => {
    const nodes = [
      node("s", "textLines"),
      node("w", "window", { windowMs: 2500, slideMs: 1000 }),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(nodes, chain(nodes))))).toEqual([
      expect.objectContaining({
        nodeId: "w",
        param: "windowMs",
        message:
          "The window duration of windowed DStream (2500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)",
      }),
    ]);
    // Downstream of a window sliding every 2 s, a slide of 3 s is not a multiple of 2 s.
    const nested = [
      node("s", "textLines"),
      node("w1", "window", { windowMs: 4000, slideMs: 2000 }),
      node("w2", "window", { windowMs: 4000, slideMs: 3000 }),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(nested, chain(nested))))).toEqual([
      expect.objectContaining({
        nodeId: "w2",
        param: "slideMs",
        message: expect.stringContaining(
          "(3000 ms) must be a multiple of the slide duration of parent DStream (2000 ms)",
        ),
      }),
    ]);
  });

  it("reports different slide durations on a union", () => {
    const nodes = [
      node("a", "textLines"),
      node("b", "textLines"),
      node("w", "window", { windowMs: 2000, slideMs: 2000 }),
      node("u", "union"),
      node("out", "print"),
    ];
    const d = doc(nodes, [edge("a", "w"), edge("w", "u"), edge("b", "u"), edge("u", "out")]);
    expect(errors(validatePipeline(d))).toEqual([
      expect.objectContaining({
        nodeId: "u",
        message: "Some of the DStreams have different slide durations",
      }),
    ]);
  });

  it("reports stateful and inverse-window operators without checkpointing", () => {
    const nodes = [
      node("s", "textLines"),
      node("p", "map"),
      node("st", "updateStateByKey"),
      node("rw", "reduceByKeyAndWindow", { invFn: "(a, b) => a - b" }),
      node("out", "print"),
    ];
    const d = doc(nodes, [
      ...chain(nodes.slice(0, 3)),
      edge("p", "rw"),
      edge("st", "out"),
      edge("rw", "out"),
    ]);
    const issues = errors(validatePipeline(d)).filter((i) => i.message === NO_CHECKPOINT_MESSAGE);
    expect(issues.map((i) => i.nodeId).sort()).toEqual(["rw", "st"]);
    d.settings.checkpointDir = "/tmp/checkpoint";
    expect(errors(validatePipeline(d)).filter((i) => i.message === NO_CHECKPOINT_MESSAGE)).toEqual([]);
  });

  it("reports a function that does not parse at its param, line and column", () => {
    const nodes = [
      node("s", "textLines"),
      node("m", "flatMap", { fn: "(line) => {\n  return line.split(;\n}" }),
      node("out", "print"),
    ];
    expect(errors(validatePipeline(doc(nodes, chain(nodes))))).toEqual([
      expect.objectContaining({
        nodeId: "m",
        param: "fn",
        line: 2,
        column: 21,
        message: expect.stringContaining("(line 2, column 21)"),
      }),
    ]);
  });

  it("reports a pipeline without output operations with Spark's message", () => {
    const nodes = [node("s", "textLines"), node("m", "map")];
    const issues = validatePipeline(doc(nodes, chain(nodes)));
    expect(issues).toEqual([{ severity: "error", message: NO_OUTPUT_MESSAGE }]);
    expect(hasErrors(issues)).toBe(true);
  });

  it("reports bad numbers at their param", () => {
    const nodes = [
      node("s", "randomWords", { rate: -5, vocabularySize: 2.5 }),
      node("r", "repartition", { numPartitions: "four" }),
      node("out", "print", { num: 0 }),
    ];
    const issues = errors(validatePipeline(doc(nodes, chain(nodes))));
    expect(issues.map((i) => [i.nodeId, i.param, i.message])).toEqual([
      ["s", "rate", "Rate must be at least 0"],
      ["s", "vocabularySize", "Vocabulary must be a whole number"],
      ["r", "numPartitions", "Partitions must be a number"],
      ["out", "num", "Records must be at least 1"],
    ]);
  });

  it("reports bad JSON shapes and a filter without an inverse", () => {
    const nodes = [
      node("q", "queueStream", { batches: [1, 2] }),
      node("t", "staticTable", { rows: [["a", 1], ["b"]] }),
      node("j", "join"),
      node("w", "reduceByKeyAndWindow", { filterFunc: "([k, v]) => v > 0" }),
      node("out", "print"),
    ];
    const d = doc(nodes, [edge("q", "j", "left"), edge("t", "j", "right"), edge("j", "w"), edge("w", "out")]);
    expect(errors(validatePipeline(d)).map((i) => [i.nodeId, i.param, i.message])).toEqual([
      ["q", "batches", "Batches must be a JSON array of batches (arrays of records)"],
      ["t", "rows", "Rows: row 2 is not a [key, value] pair"],
      ["w", "filterFunc", expect.stringMatching(/^Filter is only used with an inverse reduce function/)],
    ]);
  });

  it("warns about nodes that feed no output", () => {
    const nodes = [node("s", "textLines"), node("dead", "map"), node("out", "print")];
    const issues = validatePipeline(doc(nodes, [edge("s", "out"), edge("s", "dead")]));
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", nodeId: "dead" })]);
    expect(hasErrors(issues)).toBe(false);
  });
});
