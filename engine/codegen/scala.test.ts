import { describe, expect, it } from "vitest";
import { catalog, getKind } from "../graph/catalog";
import { chain, doc, node } from "../graph/testPipelines";
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

  it("types a queue without any record as text lines, so the steps after it compile", () => {
    const nodes = [
      node("src", "queueStream", { batches: [[], []] }),
      node("len", "map", { fn: "(w) => [w, w.length]" }),
      node("out", "print"),
    ];
    const { code } = toScala(doc(nodes, chain(nodes)));
    expect(code).toContain(".map(batch => sc.parallelize[String](batch))");
    const some = [node("src", "queueStream", { batches: [["a"], []] }), node("out", "print")];
    expect(toScala(doc(some, chain(some))).code).toContain(".map(batch => sc.parallelize(batch))");
  });

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
    // A value of unknown type is typed by the stream's own value type (Scala 2.12 needs it written).
    expect(toScala(example("sensor-average.json")).code).toContain(
      "sumsAndCounts.reduceByKeyAndWindow(reduceFnOf(sumsAndCounts)((a, b) => (a._1 + b._1, a._2 + b._2)), Seconds(5), Seconds(5))",
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
    // undefined (drop the key) is None, any other result Some(it); values is a Seq (values(0), not a
    // tuple's _1) and a number as a condition is JavaScript's (not 0).
    expect(unknown).toContain(
      ".updateStateByKey((values, state) => if (values.size != 0) Some(values(0)) else None)",
    );
  });

  it("keeps updateStateByKey's previous state an Option and reads conditions as JavaScript does", () => {
    const kept = around("updateStateByKey", {
      fn: "(values, state) => values.length > 0 ? values[0] + (state ?? 0) : state",
    });
    // The state returned as it is is already an Option: not Some(state).
    expect(kept).toContain(
      "(values: Seq[Int], state: Option[Int]) => if (values.size > 0) Some(values(0) + (state.getOrElse(0))) else state)",
    );
    const truthy = around("updateStateByKey", {
      fn: "(values, state) => { if (!state && values.length === 0) return undefined; return (state || 0) + values.length; }",
    });
    expect(truthy).toContain("if ((!jsTruthy(state)) && (values.size == 0)) { None }");
    expect(truthy).toContain("Some((state.filter(jsTruthy).getOrElse(0)) + values.size)");
    // `state || 0` gives the state type as `state ?? 0` does.
    expect(truthy).toContain(".updateStateByKey[Int]((values: Seq[Int], state: Option[Int]) =>");
    expect(truthy).toContain("def jsTruthy(x: Any): Boolean");
    expect(around("map", { fn: "(w) => (w.length && w) ? 1 : 0" })).toContain(
      ".map((w) => if (w.size != 0 && jsTruthy(w)) 1 else 0)",
    );
    // As a value, `a && b` is a or b, not a Boolean: a stub.
    expect(around("map", { fn: "(w) => w.length && w" })).toContain("// STUB:");
  });

  it("types combineByKey's combiner when its parts are known, else says what to write", () => {
    expect(around("combineByKey")).toContain(".combineByKey[(Int, Int)]((v) => (v, 1), (c, v) =>");
    const unknown = around("combineByKey", { createCombiner: "(v) => [v.length, 1]" });
    expect(unknown).toContain("// TODO: types: Scala cannot infer the combiner type C");
    expect(unknown).toContain(".combineByKey((v) => (v.size, 1),");
  });

  it("types mapWithState's function through the stream and the state type, its result an Option flattened", () => {
    const code = around("mapWithState", { fn: "(key, value, state) => value ?? 0" });
    expect(code).toContain(
      ".mapWithState(new StateSpecOf[Int]()(input0)((key, value, state) => Some(value.getOrElse(0)))).flatMap(_.toList)",
    );
    expect(code).toContain("class StateSpecOf[S] {");
    const spec = around("mapWithState", {});
    expect(spec).toContain("if (state.isTimingOut()) { None } else { val sum = ");
    expect(spec).toContain("state.update(sum); Some((key, sum)) }");
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
      "transformWithTyped(input0, input1)((left, right, batchTime: Time) => left.union(right))",
    );
  });

  it("widens the stream's keys to Any to join a table whose keys mix numbers and strings", () => {
    const fn = "(rdd, timeMs, table) => rdd.leftOuterJoin(table)";
    const mixed = around("transform", {
      fn,
      table: [
        [1, "one"],
        ["a", "A"],
      ],
    });
    expect(mixed).toContain("rdd.map(p => (p._1: Any, p._2)).leftOuterJoin(table)");
    // the table parameter under another name
    const named = around("transform", {
      fn: "(rdd, t, lookup) => rdd.join(lookup)",
      table: [
        [1, "one"],
        ["a", "A"],
      ],
    });
    expect(named).toContain("rdd.map(p => (p._1: Any, p._2)).join(lookup)");
    // one key type: Scala infers it, the stream is joined as it is
    const strings = around("transform", {
      fn,
      table: [
        ["b", "B"],
        ["a", "A"],
      ],
    });
    expect(strings).toContain("      rdd.leftOuterJoin(table)");
    expect(strings).not.toContain(": Any");
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
