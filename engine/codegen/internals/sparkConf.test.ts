// spark.streaming.blockInterval in the PySpark and Scala exports: set on the SparkConf only when the
// document's block interval is not Spark's default, in Spark's time-string form ("100ms").
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PipelineDocument } from "../../graph/types";
import { toPySpark } from "../pyspark";
import { toScala } from "../scala";
import { loadExamples } from "./examples.testkit";
import { confSetCalls, sparkConfEntries } from "./sparkConf";

const wordCount = loadExamples().find((e) => e.file === "socket-word-count.json")!.doc;
const withBlock = (blockIntervalMs: number): PipelineDocument => ({ ...wordCount, blockIntervalMs });

const dir = mkdtempSync(join(tmpdir(), "spark-conf-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SparkConf entries of an export", () => {
  it("are empty at Spark's defaults: absent or 200 ms", () => {
    expect(sparkConfEntries(wordCount)).toEqual([]);
    expect(sparkConfEntries(withBlock(200))).toEqual([]);
    expect(sparkConfEntries(withBlock(100))).toEqual([["spark.streaming.blockInterval", "100ms"]]);
    expect(confSetCalls(sparkConfEntries(withBlock(50)))).toBe(
      '.set("spark.streaming.blockInterval", "50ms")',
    );
  });

  it("PySpark: a SparkConf with the block interval, passed to the SparkContext, and valid Python", () => {
    const plain = toPySpark(wordCount).code;
    expect(plain).not.toContain("spark.streaming.blockInterval");
    expect(plain).toContain(
      'conf = SparkConf().setIfMissing("spark.master", "local[2]").setAppName("Socket word count")',
    );
    expect(plain).toContain("sc = SparkContext(conf=conf)");

    const { code, filename } = toPySpark(withBlock(100));
    expect(code).toContain("from pyspark import SparkConf, SparkContext");
    expect(code).toContain('conf.set("spark.streaming.blockInterval", "100ms")');
    expect(code).toContain("sc = SparkContext(conf=conf)");
    expect(code.indexOf("conf.set(")).toBeLessThan(code.indexOf("sc = SparkContext("));
    const file = join(dir, filename);
    writeFileSync(file, code);
    execFileSync("python3", ["-m", "py_compile", file], { stdio: "pipe" });
  });

  it("Scala: .set on the SparkConf the StreamingContext is built from", () => {
    expect(toScala(wordCount).code).not.toContain("spark.streaming.blockInterval");
    const { code } = toScala(withBlock(1000));
    expect(code).toMatch(
      /val conf = new SparkConf\(\)\.setIfMissing\("spark\.master", "local\[2\]"\)\.setAppName\("Socket word count"\)\.set\("spark\.streaming\.blockInterval", "1000ms"\)\n\s+val ssc = new StreamingContext\(conf, BatchInterval\)/,
    );
  });
});
