import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { NodeFileSystem, StreamingContext } from "./indexNode";

const dir = mkdtempSync(join(tmpdir(), "dstream-entry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("the Node entry makes real files the default file system; an explicit one still wins", async () => {
  const ssc = new StreamingContext({ batchIntervalMs: 1000 });
  expect(ssc.fileSystem).toBeInstanceOf(NodeFileSystem);
  ssc.queueStream([["x", "y", "z"]]).saveAsTextFiles(join(dir, "letters"));
  ssc.start();
  await ssc.advance(1);
  ssc.stop();
  const saved = join(dir, "letters-1000");
  expect(["part-00000", "part-00001"].map((p) => readFileSync(join(saved, p), "utf8")).join("")).toBe(
    "x\ny\nz\n",
  );
  const mine = { writeFile() {}, readFile: () => undefined, list: () => [] };
  expect(new StreamingContext({ batchIntervalMs: 1000, fileSystem: mine }).fileSystem).toBe(mine);
});
