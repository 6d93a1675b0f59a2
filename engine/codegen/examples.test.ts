// The gallery's examples (public/examples) are shared by the app, the tests and the command line:
// each must open ready to run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getKind } from "../graph/catalog";
import { compilePipeline } from "../graph/compile";
import { validatePipeline } from "../graph/validate";
import { costModel } from "../metrics/costModel";
import { EXAMPLES_DIR, loadExamples } from "./internals/examples.testkit";

const index = JSON.parse(readFileSync(join(EXAMPLES_DIR, "index.json"), "utf8")) as {
  file: string;
  title: string;
  description: string;
}[];

describe("gallery examples", () => {
  it("lists the seven required examples", () => {
    const titles = index.map((e) => e.title).join(" | ");
    for (const part of [
      "Socket word count",
      "Windowed word count",
      "updateStateByKey",
      "Sensor average",
      "joined with a user table",
      "Union",
      "Backpressure",
    ]) {
      expect(titles).toContain(part);
    }
    for (const e of index) expect(e.description.length).toBeGreaterThan(20);
  });

  it.each(loadExamples().map((e) => [e.file, e.doc] as const))(
    "%s validates with no issue and is seeded",
    (file, doc) => {
      expect(validatePipeline(doc)).toEqual([]);
      expect(index.find((e) => e.file === file)?.title).toBe(doc.name);
      for (const n of doc.nodes) {
        if (getKind(n.kind)?.params.some((p) => p.param.type === "seed"))
          expect(typeof n.params.seed).toBe("number");
      }
    },
  );

  it("backpressure demo: the simulated cluster processes a batch slower than the batch interval", async () => {
    const doc = loadExamples().find((e) => e.file === "backpressure.json")!.doc;
    const cluster = { executors: doc.settings.executors, coresPerExecutor: doc.settings.coresPerExecutor };
    const { ssc } = compilePipeline(doc, { processingTimeModel: costModel({ cluster }) });
    ssc.start();
    await ssc.advance(10); // slow batches queue: the first three have ended by then
    const infos = ssc.completedBatches.slice(0, 3);
    ssc.stop();
    expect(infos).toHaveLength(3);
    for (const info of infos) expect(info.processingDelay).toBeGreaterThan(1.5 * doc.batchIntervalMs);
    expect(infos[2].schedulingDelay).toBeGreaterThan(infos[1].schedulingDelay!);
  });

  it("uses the operators each example is about", () => {
    const kinds = (file: string) =>
      loadExamples()
        .find((e) => e.file === file)!
        .doc.nodes.map((n) => n.kind);
    expect(kinds("windowed-word-count.json")).toContain("reduceByKeyAndWindow");
    expect(kinds("running-count.json")).toContain("updateStateByKey");
    expect(kinds("click-join.json")).toContain("transform");
    expect(kinds("union.json")).toContain("union");
  });
});
