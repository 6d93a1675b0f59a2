import { describe, expect, it } from "vitest";
import { catalog, getKind } from "../graph/catalog";
import { loadExamples, pipelineAround } from "./internals/examples.testkit";
import { toScala } from "./scala";

const example = (file: string) => loadExamples().find((e) => e.file === file)!.doc;

function balanced(code: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: string[] = [];
  // Strings and comments in one pass, left to right: a URL's "//" inside a string is no comment.
  const stripped = code.replace(/"(?:[^"\\\n]|\\.)*"|\/\/.*$/gm, (m) => (m.startsWith('"') ? '""' : ""));
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
      "val windowedCounts = pairs.reduceByKeyAndWindow((a: Int, b: Int) => a + b, (a: Int, b: Int) => a - b, Seconds(6), Seconds(2), filterFunc = (p0) => p0._2 > 0)",
    );
    expect(code).toContain("windowedCounts.print(10)");
  });

  it("joins with the static table inside transform", () => {
    const { code } = toScala(example("click-join.json"));
    expect(code).toContain('val withUserTierTable = sc.parallelize(Seq(("user-1", "gold")');
    // Inlined, so Scala infers the RDD's type (a standalone `val f = (rdd, timeMs, table) =>` is not Scala).
    expect(code).toContain(
      [
        "    val withUserTier = clicksByUser.transform((rdd, batchTime: Time) => {",
        "      val table = withUserTierTable",
        "      rdd.join(table)",
        "    })",
      ].join("\n"),
    );
    expect(code).not.toMatch(/val \w+Fn = \(/);
  });
});

describe("Scala types", () => {
  const around = (kind: string, params: Record<string, unknown> = {}) =>
    toScala(pipelineAround(getKind(kind)!, params)).code;

  it("annotates reduce functions of overloaded windowed operators when the value type is known", () => {
    // pairs = words.map((word) => (word, 1)): the value is an Int literal.
    expect(toScala(example("windowed-word-count.json")).code).toContain(
      "pairs.reduceByKeyAndWindow((a: Int, b: Int) => a + b, (a: Int, b: Int) => a - b, Seconds(6)",
    );
    // The values of the queued pairs are integers.
    expect(around("reduceByKeyAndWindow")).toContain(
      ".reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(3)",
    );
    // A value of unknown type stays for Scala to infer (valid on Scala 2.13).
    expect(toScala(example("sensor-average.json")).code).toContain(
      "sumsAndCounts.reduceByKeyAndWindow((a, b) => (a._1 + b._1, a._2 + b._2), Seconds(5), Seconds(5))",
    );
  });

  it("gives updateStateByKey its state type from the function's default and returns Some(state)", () => {
    expect(toScala(example("running-count.json")).code).toContain(
      "pairs.updateStateByKey[Int]((values: Seq[Int], state: Option[Int]) => Some(values.foldLeft(state.getOrElse(0))((a, b) => a + b)))",
    );
    const unknown = around("updateStateByKey", {
      fn: "(values, state) => values.length ? values[0] : undefined",
    });
    expect(unknown).toContain("// TODO: types: Scala cannot infer the state type S");
    expect(unknown).toContain("// TODO: types: the function must return Option[S]");
    expect(unknown).toContain(".updateStateByKey((values, state) =>");
  });

  it("types combineByKey's combiner when its parts are known, else says what to write", () => {
    expect(around("combineByKey")).toContain(".combineByKey[(Int, Int)]((v) => (v, 1), (c, v) =>");
    const unknown = around("combineByKey", { createCombiner: "(v) => [v.length, 1]" });
    expect(unknown).toContain("// TODO: types: Scala cannot infer the combiner type C");
    expect(unknown).toContain(".combineByKey((v) => (v.size, 1),");
  });

  it("marks a translated mapWithState function, which Scala needs typed", () => {
    const code = around("mapWithState", { fn: "(key, value, state) => value ?? 0" });
    expect(code).toContain(
      "// TODO: types: StateSpec.function needs typed parameters: (key: K, value: Option[Int], state: State[S]).",
    );
    expect(code).toContain("StateSpec.function((key, value, state) => value.getOrElse(0))");
  });

  it("writes flatMap's array results as Seqs, not tuples", () => {
    expect(around("flatMapValues")).toContain(".flatMapValues((v) => Seq(v, v))");
    expect(around("flatMap", { fn: "(l) => [[l, 1], [l, 2]]" })).toContain(
      ".flatMap((l) => Seq((l, 1), (l, 2)))",
    );
    expect(around("flatMap", { fn: '(l) => l.split(" ")' })).toContain('.flatMap((l) => jsSplit(l, " "))');
    expect(around("flatMap", { fn: "(l) => (l)" })).toContain(".flatMap((l) => l)");
  });

  it("binds transform's time and table parameters only when the function uses them", () => {
    const code = around("transform", {
      fn: "(rdd, timeMs, table) => rdd.leftOuterJoin(table).filter((p) => timeMs > 0)",
      table: [["a", "A"]],
    });
    expect(code).toContain("val timeMs = batchTime.milliseconds\n      val table = theTransformTable\n");
    expect(around("transform")).toContain(
      'input0.transform((rdd, batchTime: Time) => rdd.filter((x) => x != ""))',
    );
    expect(around("transformWith")).toContain(
      "transformWith(input0, input1)((left, right, batchTime: Time) => left.union(right))",
    );
  });
});

describe("Scala export of every node kind", () => {
  it.each(Object.values(catalog).map((s) => [s.kind, s] as const))("%s is balanced", (_kind, spec) => {
    const { code } = toScala(pipelineAround(spec));
    expect(balanced(code)).toBe(true);
    expect(code).toMatch(
      spec.isOutput ? /\.(print|foreachRDD|saveAsTextFiles|saveAsObjectFiles)\(/ : /val the[A-Z]\w* = /,
    );
  });
});
