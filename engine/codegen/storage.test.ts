// cache, persist and checkpoint: exported from their catalog entries alone (persist's level constant
// is the only override, in Python and Scala), and the programs compile.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getKind } from "../graph/catalog";
import { pipelineAround } from "./internals/examples.testkit";
import { toPySpark } from "./pyspark";
import { toScala } from "./scala";
import { toTypeScript } from "./typescript";

const dir = mkdtempSync(join(tmpdir(), "storage-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const around = (kind: string, params: Record<string, unknown> = {}) => pipelineAround(getKind(kind)!, params);

describe("storage nodes in the three exports", () => {
  it("cache", () => {
    const doc = around("cache");
    expect(toTypeScript(doc).code).toContain("const theCache = input0.cache();");
    expect(toPySpark(doc).code).toContain("the_cache = input0.cache()");
    expect(toScala(doc).code).toContain("val theCache = input0.cache()");
  });

  it("persist at Spark's default level and at a chosen one", () => {
    expect(toTypeScript(around("persist")).code).toContain('input0.persist("MEMORY_ONLY_SER");');
    expect(toScala(around("persist")).code).toContain("input0.persist(StorageLevel.MEMORY_ONLY_SER)");
    const doc = around("persist", { storageLevel: "MEMORY_AND_DISK_SER_2" });
    const scala = toScala(doc).code;
    expect(scala).toContain("import org.apache.spark.storage.StorageLevel\n");
    expect(scala).toContain("val thePersist = input0.persist(StorageLevel.MEMORY_AND_DISK_SER_2)");
    // PySpark stores pickled data at every level: its StorageLevel has no _SER names.
    const py = toPySpark(doc).code;
    expect(py).toContain("from pyspark import SparkContext, StorageLevel\n");
    expect(py).toContain("the_persist = input0.persist(StorageLevel.MEMORY_AND_DISK_2)");
    expect(toPySpark(around("cache")).code).not.toContain("StorageLevel");
    expect(toScala(around("cache")).code).not.toContain("StorageLevel");
  });

  it("checkpoint with its interval in each language's units, and the checkpoint directory set", () => {
    const doc = around("checkpoint", { intervalMs: 4000 });
    const ts = toTypeScript(doc).code;
    expect(ts).toContain("const theCheckpoint = input0.checkpoint(4000);");
    expect(ts).toContain('ssc.checkpoint("/tmp/cp");');
    expect(toPySpark(doc).code).toContain("the_checkpoint = input0.checkpoint(4)");
    expect(toScala(doc).code).toContain("val theCheckpoint = input0.checkpoint(Seconds(4))");
  });

  it("the Python with a StorageLevel import compiles", () => {
    const file = join(dir, "persist.py");
    writeFileSync(file, toPySpark(around("persist", { storageLevel: "DISK_ONLY_2" })).code);
    expect(() => execFileSync("python3", ["-m", "py_compile", file], { stdio: "pipe" })).not.toThrow();
  });
});
