import { describe, expect, it } from "vitest";
import { chain, doc, node } from "../../engine/graph/testPipelines";
import { runOnEngine } from "./engineRun";

describe("runOnEngine", () => {
  it("runs documents asked for at the same time one after the other (one started context at a time)", async () => {
    const nodes = [node("src", "queueStream", { batches: [["a", "b"], ["c"]] }), node("out", "print")];
    const d = doc(nodes, chain(nodes));
    const runs = await Promise.all([runOnEngine(d, 2), runOnEngine(d, 2), runOnEngine(d, 2)]);
    for (const r of runs) {
      expect(r.error).toBeUndefined();
      expect(r.outputs[0].batches.get(1000)?.records).toEqual(['"a"', '"b"']);
      expect(r.outputs[0].batches.get(2000)?.records).toEqual(['"c"']);
    }
  });
});
