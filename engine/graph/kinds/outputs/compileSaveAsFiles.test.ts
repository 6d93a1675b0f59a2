import { describe, expect, it } from "vitest";
import { compilePipeline } from "../../compile";
import { doc, node } from "../../testPipelines";

describe("saveAsTextFiles and saveAsObjectFiles nodes", () => {
  it("run one job a batch each, named as Spark's RDD action, and hand the Outputs panel the directory", async () => {
    const nodes = [
      node("in", "queueStream", { batches: [["a", "b", "c"]], numSlices: 2 }),
      node("text", "saveAsTextFiles", { prefix: "t", suffix: "txt" }),
      node("objects", "saveAsObjectFiles", { prefix: "o", suffix: "" }),
    ];
    const edges = [
      { id: "e1", source: "in", target: "text" },
      { id: "e2", source: "in", target: "objects" },
    ];
    const shown: { id: string; path?: string; lines: unknown[]; parts?: number[] }[] = [];
    const { ssc } = compilePipeline(doc(nodes, edges), {
      sink: {
        records: (id, _t, _kind, lines, _truncated, path, parts) => shown.push({ id, path, lines, parts }),
      },
    });
    const jobs: string[] = [];
    ssc.sparkContext.jobListeners.push({ onJobStart: (e) => jobs.push(e.callSite) });
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(jobs).toEqual(["saveAsTextFile", "saveAsObjectFile"]);
    expect(shown.map((s) => s.path)).toEqual(["t-1000.txt", "o-1000"]);
    expect(shown[0].lines).toEqual(["a", "b", "c"]);
    expect(shown[1].lines).toEqual(['["a"]', '["b","c"]']);
    expect(ssc.fileSystem.readFile("t-1000.txt/part-00001")).toBe("b\nc\n");
  });
});
