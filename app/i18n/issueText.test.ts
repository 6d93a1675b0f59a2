// The real validator over broken pipelines: each of its sentences reads in Korean, except Spark's own
// error messages, which stay as Spark writes them.
import { describe, expect, it } from "vitest";
import { chain, doc, edge, node } from "../../engine/graph/testPipelines";
import { validatePipeline } from "../../engine/graph/validate";
import { translateIssueMessage } from "./issueText";

/** Spark's exact messages (engine/graph/validate.ts), kept in English in every language. */
const SPARK_OWN = [
  /^No output operations registered, so nothing to execute$/,
  /^The checkpoint directory has not been set/,
  /^Some of the DStreams have different slide durations$/,
  /duration of windowed DStream .* must be a multiple of the slide duration of parent DStream/,
];

const broken = () => {
  const lines = node("lines", "textLines");
  const words = node("words", "flatMap", { fn: '(line) => line.split(" ")' });
  const pairs = node("pairs", "map", { fn: "(w) => [w, 1]" });
  const counts = node("counts", "reduceByKey", { fn: "(a, b) => a + b" });
  const out = node("out", "print");
  const lonely = node("lonely", "filter", { fn: "(x) => true" });
  const union = node("both", "union");
  const withTable = node("with", "transformWith", { fn: "(a, b) => a" });
  const mystery = node("mystery", "zap");
  const structured = node("query", "structured.where");
  const empty = node("empty", "map", { fn: "" });
  return [
    // A source fed by an edge, a filter with no input (and no output), a union with one input, a
    // transformWith missing its right input, reduceByKey fed plain records, a cycle, unknown kinds.
    doc(
      [lines, words, pairs, counts, out, lonely, union, withTable, mystery, structured, empty],
      [
        ...chain([lines, words, pairs, counts, out]),
        edge("pairs", "lines"),
        edge("lines", "both"),
        edge("lines", "with", "left"),
        edge("words", "counts"),
        edge("counts", "words"),
        edge("lines", "empty"),
        edge("words", "empty"),
      ],
    ),
  ];
};

describe("the validator's sentences in Korean", () => {
  it("translate the studio's sentences by their shape, names kept", () => {
    expect(translateIssueMessage("filter needs an input, has 0", "ko")).toBe(
      "filter에는 입력이 필요합니다 (현재 0개)",
    );
    expect(translateIssueMessage("filter needs an input, has 0", "en")).toBe("filter needs an input, has 0");
    expect(translateIssueMessage("No output operations registered, so nothing to execute", "ko")).toBe(
      "No output operations registered, so nothing to execute",
    );
  });

  it("every sentence the validator writes for broken pipelines has Korean, but Spark's own", () => {
    const issues = broken().flatMap((d) => validatePipeline(d));
    expect(issues.length).toBeGreaterThan(8);
    const untranslated = issues
      .map((i) => i.message)
      .filter((m) => !SPARK_OWN.some((r) => r.test(m)))
      .filter((m) => !/[\uac00-\ud7a3]/.test(translateIssueMessage(m, "ko")));
    expect(untranslated).toEqual([]);
  });
});
