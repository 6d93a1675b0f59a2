import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { compilePipeline } from "../../../../engine/graph/compile";
import { chain, doc, node } from "../../../../engine/graph/testPipelines";
import type { FromWorker } from "../../../../engine/protocol/messages";
import { foldWorkerMessages } from "../../../store/run/data/foldWorkerMessages";
import { initialRunData } from "../../../store/run/data/runData";
import { textFilesZip, zipEntries } from "./textFilesZip";

/** Runs a queueStream into saveAsTextFiles as the worker would, and folds its messages as the page does. */
async function savedRun(batches: unknown[][], numSlices: number) {
  const nodes = [
    node("in", "queueStream", { batches, numSlices }),
    node("save", "saveAsTextFiles", { prefix: "out/counts", suffix: "txt" }),
  ];
  const messages: FromWorker[] = [];
  const { ssc } = compilePipeline(doc(nodes, chain(nodes)), {
    sink: {
      records: (nodeId, batchTimeMs, kind, records, truncated, path, parts) =>
        messages.push({ type: "output", nodeId, batchTimeMs, kind, records, truncated, path, parts }),
    },
  });
  ssc.start();
  await ssc.advance(batches.length);
  ssc.stop();
  const written = new Map(ssc.fileSystem.list("out/").map((p) => [p, ssc.fileSystem.readFile(p)]));
  return { files: foldWorkerMessages(initialRunData(), messages).files, written };
}

describe("saveAsTextFiles as a zip", () => {
  it("holds exactly the files the engine wrote: prefix-TIME.suffix/part-NNNNN and _SUCCESS", async () => {
    const { files, written } = await savedRun(
      [
        [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
        [],
        [["z", 26]],
      ],
      2,
    );
    const unzipped = unzipSync(await textFilesZip(files));
    const entries = new Map(Object.entries(unzipped).map(([p, bytes]) => [p, strFromU8(bytes)]));
    expect(entries).toEqual(written);
    expect([...entries.keys()].filter((p) => p.startsWith("out/counts-1000.txt/"))).toEqual([
      "out/counts-1000.txt/part-00000",
      "out/counts-1000.txt/part-00001",
      "out/counts-1000.txt/_SUCCESS",
    ]);
    expect(entries.get("out/counts-1000.txt/part-00000")).toBe("(a,1)\n");
    expect(entries.get("out/counts-1000.txt/part-00001")).toBe("(b,2)\n(c,3)\n");
    expect(entries.get("out/counts-2000.txt/part-00000")).toBe("");
  });

  it("a batch larger than what the page holds keeps its first lines and gets no _SUCCESS", async () => {
    const big = Array.from({ length: 1500 }, (_, i) => i);
    const { files } = await savedRun([big], 2);
    expect(files[0].truncated).toBe(true);
    expect(files[0].parts).toEqual([750, 750]);
    const entries = zipEntries(files);
    expect(entries.has("out/counts-1000.txt/_SUCCESS")).toBe(false);
    expect(entries.get("out/counts-1000.txt/part-00000")?.split("\n")).toHaveLength(751);
    const second = entries.get("out/counts-1000.txt/part-00001")?.trimEnd().split("\n");
    expect([second?.length, second?.[0], second?.at(-1)]).toEqual([250, "750", "999"]);
  });
});
