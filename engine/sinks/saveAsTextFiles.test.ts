import { describe, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { InMemoryFileSystem } from "./fileSystem";

describe("saveAsTextFiles", () => {
  it("writes prefix-TIME.suffix/part-NNNNN per partition and _SUCCESS", async () => {
    const fs = new InMemoryFileSystem();
    const ssc = new StreamingContext({ batchIntervalMs: 1000, fileSystem: fs });
    ssc
      .queueStream<[string, number]>([
        [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
      ])
      .saveAsTextFiles("out/counts", "txt");
    ssc.start();
    await ssc.advance(2);
    ssc.stop();
    expect(fs.list("out/counts-1000.txt")).toEqual([
      "out/counts-1000.txt/_SUCCESS",
      "out/counts-1000.txt/part-00000",
      "out/counts-1000.txt/part-00001",
    ]);
    expect(fs.readFile("out/counts-1000.txt/part-00000")).toBe("(a,1)\n");
    expect(fs.readFile("out/counts-1000.txt/part-00001")).toBe("(b,2)\n(c,3)\n");
    // the empty second batch is an emptyRDD: no part files, only _SUCCESS (as Spark)
    expect(fs.list("out/counts-2000")).toEqual(["out/counts-2000.txt/_SUCCESS"]);
  });

  it("omits the dot when there is no suffix", async () => {
    const fs = new InMemoryFileSystem();
    const ssc = new StreamingContext({ batchIntervalMs: 500, fileSystem: fs });
    ssc.queueStream([["x"]]).saveAsTextFiles("p");
    ssc.start();
    await ssc.advance(1);
    ssc.stop();
    expect(fs.readFile("p-500/part-00001")).toBe("x\n");
  });
});
