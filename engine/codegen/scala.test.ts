import { describe, expect, it } from "vitest";
import { catalog } from "../graph/catalog";
import { loadExamples, pipelineAround } from "./internals/examples.testkit";
import { toScala } from "./scala";

const example = (file: string) => loadExamples().find((e) => e.file === file)!.doc;

function balanced(code: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: string[] = [];
  const stripped = code.replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const c of stripped) {
    if ("([{".includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

describe("Scala export", () => {
  it.each(loadExamples().map((e) => [e.file, e.doc] as const))(
    "%s is a balanced Spark Streaming object",
    (_f, doc) => {
      const { code, filename } = toScala(doc);
      expect(filename).toMatch(/^[A-Z][A-Za-z0-9]*\.scala$/);
      expect(code).toContain(`object ${filename.replace(".scala", "")} {`);
      expect(code).toContain("val ssc = new StreamingContext(conf, BatchInterval)");
      expect(code).toMatch(/ssc\.start\(\)\n\s+ssc\.awaitTermination\(\)/);
      expect(balanced(code)).toBe(true);
    },
  );

  it("writes the windowed word count with an inverse function and named filterFunc", () => {
    const { code, stubs } = toScala(example("windowed-word-count.json"));
    expect(stubs).toEqual([]);
    expect(code).toContain('ssc.checkpoint("/tmp/dstream-checkpoint")');
    expect(code).toContain(
      "val windowedCounts = pairs.reduceByKeyAndWindow((a, b) => a + b, (a, b) => a - b, Seconds(6), Seconds(2), filterFunc = (p0) => p0._2 > 0)",
    );
    expect(code).toContain("windowedCounts.print(10)");
  });

  it("joins with the static table inside transform", () => {
    const { code } = toScala(example("click-join.json"));
    expect(code).toContain('val withUserTierTable = sc.parallelize(Seq(("user-1", "gold")');
    expect(code).toContain(
      "val withUserTier = clicksByUser.transform((rdd, time) => withUserTierFn(rdd, time.milliseconds, withUserTierTable))",
    );
  });
});

describe("Scala export of every node kind", () => {
  it.each(Object.values(catalog).map((s) => [s.kind, s] as const))("%s is balanced", (_kind, spec) => {
    const { code } = toScala(pipelineAround(spec));
    expect(balanced(code)).toBe(true);
    expect(code).toMatch(spec.isOutput ? /\.(print|foreachRDD|saveAsTextFiles)\(/ : /val the[A-Z]\w* = /);
  });
});
