import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { StreamingContext } from "../scheduler/StreamingContext";
import { NodeFileSystem } from "./NodeFileSystem";

const dir = mkdtempSync(join(tmpdir(), "dstream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("saveAsTextFiles writes real files in Node", async () => {
  const ssc = new StreamingContext({ batchIntervalMs: 1000, fileSystem: new NodeFileSystem() });
  ssc.queueStream([["a", "b"]]).saveAsTextFiles(join(dir, "words"), "txt");
  ssc.start();
  await ssc.advance(1);
  ssc.stop();
  expect(readFileSync(join(dir, "words-1000.txt", "part-00001"), "utf8")).toBe("b\n");
  expect(new NodeFileSystem().list(join(dir, "words-1000.txt"))).toHaveLength(3);
});
