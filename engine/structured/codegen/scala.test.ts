import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineDocument } from "../../graph/types";
import { chain } from "../testDocs";
import { scalaString } from "./literals";
import { scalaObjectName, scalaProgram } from "./scala";

const gallery = (file: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../../public/examples/structured", file), "utf8"),
  ) as PipelineDocument;

describe("Scala Structured Streaming export", () => {
  it("writes the guide's windowed word count as Spark's Scala API, one file a trigger", () => {
    const code = scalaProgram(gallery("windowed-word-count.json"));
    expect(code).toMatch(/^object WindowedWordCountWithWatermark \{$/m);
    expect(code).toContain('.option("maxFilesPerTrigger", 1).json(replay("words", Seq(Seq(');
    expect(code).toContain('"{\\"timestamp\\":\\"2026-12-02T12:07:00.000Z\\",\\"word\\":\\"dog\\"}"');
    expect(code).toContain('.withWatermark("timestamp", "10 minutes")');
    expect(code).toContain(
      '.groupBy(window(col("timestamp"), "10 minutes", "5 minutes"), expr("`word`").alias("word")).agg(expr("count(*)").alias("count"))',
    );
    expect(code).toContain("def query_query(spark: SparkSession): DataFrame = {");
    expect(code).toContain('.outputMode("update").format("console")');
    expect(code).toContain(".trigger(Trigger.AvailableNow()).start()");
  });

  it("writes every operation: select, where, withColumn, dropDuplicates, a stream-static join", () => {
    const doc = chain(
      [
        [
          "memoryStream",
          { schema: "timestamp TIMESTAMP, word STRING", batches: [[["2026-12-02 12:00:00", "a"]]] },
        ],
        ["select", { exprs: "upper(word) AS w, timestamp, word" }],
        ["where", { condition: "length(word) > 0" }],
        ["withColumn", { colName: "n", expr: "length(word) * 2" }],
        ["dropDuplicates", { columns: "word" }],
        ["join", { on: "word", how: "left_outer" }],
        ["writeStream", { outputMode: "append", trigger: "continuous", interval: "1 second" }],
      ],
      { joinRight: ["staticTable", { schema: "word STRING, kind STRING", rows: [["a", "letter"]] }] },
    );
    const code = scalaProgram(doc);
    expect(code).toContain(
      '.selectExpr("upper(`word`) AS `w`", "`timestamp` AS `timestamp`", "`word` AS `word`")',
    );
    expect(code).toContain('.where("(length(`word`) > 0)")');
    expect(code).toContain('.withColumn("n", expr("(length(`word`) * 2)"))');
    expect(code).toContain('.dropDuplicates(Seq("word"))');
    expect(code).toMatch(/\.join\(df_\w+, Seq\("word"\), "left_outer"\)/);
    expect(code).toContain(
      'spark.read.schema("word STRING, kind STRING").json(spark.createDataset(Seq("{\\"word\\":\\"a\\",\\"kind\\":\\"letter\\"}"))(Encoders.STRING))',
    );
    expect(code).toContain('Trigger.Continuous("1 second")');
  });

  it("keeps Scala 2.12's unicode escapes out of string literals", () => {
    expect(scalaString('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(scalaString("a\u0001b")).toBe('"a" + 1.toChar + "b"');
    expect(scalaObjectName({ name: "3 windows: late data" } as PipelineDocument)).toBe(
      "Pipeline3WindowsLateData",
    );
  });
});
