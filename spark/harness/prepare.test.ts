import { describe, expect, it } from "vitest";
import { doc, edge, node } from "../../engine/graph/testPipelines";
import { orderedOutputs, prepare } from "./prepare";
import { rewriteScala } from "./scalaRun";

describe("prepare", () => {
  it("puts saved files and the checkpoint under the pipeline's own directory", () => {
    const d = doc(
      [node("src", "queueStream"), node("s", "saveAsTextFiles", { prefix: "out/x" })],
      [edge("src", "s")],
      {
        settings: { checkpointDir: "cp" },
      },
    );
    const p = prepare(d, "kind/save it", "/w", "py");
    expect(p.nodes[1].params.prefix).toBe("/w/py/kind_save_it/s/batch");
    expect(p.settings.checkpointDir).toBe("/w/py/kind_save_it/checkpoint");
  });

  it("orders the outputs of a sorting transform", () => {
    const d = doc(
      [
        node("src", "queueStream"),
        node("t", "transform", { fn: "(rdd) => rdd.sortBy((x) => x)" }),
        node("o", "print"),
      ],
      [edge("src", "t"), edge("t", "o")],
    );
    expect([...orderedOutputs(d)]).toEqual(["o"]);
  });
});

describe("rewriteScala", () => {
  it("puts the export in a package, on the shared context, driven by the harness", () => {
    const code = [
      "object WordCount {",
      "  def main(args: Array[String]): Unit = {",
      "    val ssc = new StreamingContext(conf, BatchInterval)",
      "    ssc.start()",
      "    ssc.awaitTermination()",
      "  }",
      "}",
    ].join("\n");
    const r = rewriteScala(code, "p0001");
    expect(r.objectName).toBe("p0001.WordCount");
    expect(r.code).toContain("package p0001\n");
    expect(r.code).toContain("org.apache.spark.streaming.dstreamstudio.Harness.context(BatchInterval)");
    expect(r.code).toContain("org.apache.spark.streaming.dstreamstudio.Harness.drive(ssc)");
    expect(r.code).not.toContain("ssc.start()");
  });
});
