// One test per message of Spark's UnsupportedOperationChecker the studio's operators can meet; the
// texts are Spark 3.5.9's (the differential test runs each of these queries on Spark too).
import { describe, expect, it } from "vitest";
import { validatePipeline } from "../../graph/validate";
import { chain, type Step } from "../testDocs";
import { CORRECTNESS_MESSAGE } from "./unsupported";

const mem: Step = [
  "memoryStream",
  { schema: "timestamp TIMESTAMP, word STRING", batches: [[["2026-12-02 12:07:00", "dog"]]] },
];
const wm: Step = ["withWatermark", { eventTime: "timestamp", delayThreshold: "10 minutes" }];
const byWord: Step = ["groupBy", { windowColumn: "", keys: "word", aggs: "count(*) AS count" }];
const byWindow: Step = [
  "groupBy",
  {
    windowColumn: "timestamp",
    windowDuration: "10 minutes",
    slideDuration: "",
    keys: "word",
    aggs: "count(*) AS count",
  },
];
const sink = (outputMode: string, trigger = "processingTime"): Step => [
  "writeStream",
  { outputMode, trigger },
];
const rate: Step = ["rate", {}];
const statik: Step = ["staticTable", { schema: "word STRING, tag STRING", rows: [["dog", "x"]] }];

function errors(steps: Step[], joinRight?: Step): string[] {
  return validatePipeline(chain(steps, joinRight ? { joinRight } : {}))
    .filter((i) => i.severity === "error")
    .map((i) => `${i.nodeId}: ${i.message}`);
}

describe("Spark's unsupported operations, at the writeStream node", () => {
  const last = (steps: Step[]) => `n${steps.length - 1}`;
  const cases: [string, Step[], string][] = [
    [
      "append with an aggregation without watermark",
      [mem, byWord, sink("append")],
      "Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark",
    ],
    [
      "append with a watermark that is not a grouping key",
      [mem, wm, byWord, sink("append")],
      "Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark",
    ],
    [
      "complete without an aggregation",
      [mem, ["select", { exprs: "word" }], sink("complete")],
      "Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets",
    ],
    [
      "complete with dropDuplicates only",
      [mem, ["dropDuplicates", { columns: "word" }], sink("complete")],
      "Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets",
    ],
    [
      "two aggregations in update mode",
      [mem, byWord, ["groupBy", { windowColumn: "", keys: "count", aggs: "count(*)" }], sink("update")],
      CORRECTNESS_MESSAGE,
    ],
    [
      "two aggregations in complete mode",
      [mem, byWord, ["groupBy", { windowColumn: "", keys: "count", aggs: "count(*)" }], sink("complete")],
      CORRECTNESS_MESSAGE,
    ],
    [
      "continuous: an aggregation",
      [
        rate,
        ["groupBy", { windowColumn: "", keys: "value", aggs: "count(*)" }],
        sink("update", "continuous"),
      ],
      "Continuous processing does not support Aggregate operations.",
    ],
    [
      "continuous: explode",
      [
        ["socket", {}],
        ["select", { exprs: "explode(split(value, ' ')) AS w" }],
        sink("append", "continuous"),
      ],
      "Continuous processing does not support Generate operations.",
    ],
    [
      "continuous: a watermark",
      [
        rate,
        ["withWatermark", { eventTime: "timestamp", delayThreshold: "1 second" }],
        sink("append", "continuous"),
      ],
      "Continuous processing does not support EventTimeWatermark operations.",
    ],
    [
      "continuous: dropDuplicates",
      [rate, ["dropDuplicates", { columns: "value" }], sink("append", "continuous")],
      "Continuous processing does not support Deduplicate operations.",
    ],
    [
      "continuous: a source without continuous reading",
      [mem, ["select", { exprs: "word" }], sink("append", "continuous")],
      "Continuous processing does not support StreamingRelation operations.",
    ],
  ];
  it.each(cases)("%s", (_name, steps, message) => {
    expect(errors(steps)).toEqual([`${last(steps)}: ${message}`]);
  });

  it("continuous: a stream-static join names the static side", () => {
    const steps: Step[] = [rate, ["join", { on: "value", how: "inner" }], sink("append", "continuous")];
    expect(errors(steps, ["staticTable", { schema: "value BIGINT, t STRING", rows: [[1, "a"]] }])).toEqual([
      "n2: Continuous processing does not support LogicalRDD operations.",
    ]);
  });

  const joins: [string, string, boolean, string][] = [
    [
      "right_outer",
      "stream on the left",
      true,
      "RightOuter join with a streaming DataFrame/Dataset on the left and a static DataFrame/DataSet on the right not supported",
    ],
    [
      "full_outer",
      "stream on the left",
      true,
      "FullOuter joins with streaming DataFrames/Datasets on the left and a static DataFrame/Dataset on the right is not supported",
    ],
    [
      "full_outer",
      "stream on the right",
      false,
      "FullOuter joins with streaming DataFrames/Datasets on the right and a static DataFrame/Dataset on the left is not supported",
    ],
    [
      "left_outer",
      "stream on the right",
      false,
      "LeftOuter join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
    ],
    [
      "left_semi",
      "stream on the right",
      false,
      "LeftSemi join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
    ],
    [
      "left_anti",
      "stream on the right",
      false,
      "LeftAnti joins with a streaming DataFrame/Dataset on the right are not supported",
    ],
  ];
  it.each(joins)("%s join, %s", (how, _where, streamLeft, message) => {
    const steps: Step[] = [streamLeft ? mem : statik, ["join", { on: "word", how }], sink("append")];
    expect(errors(steps, streamLeft ? statik : mem)).toEqual([`n2: ${message}`]);
  });

  it("a query without a streaming source", () => {
    expect(errors([statik, sink("append")])).toEqual([
      "n1: [WRITE_STREAM_NOT_ALLOWED] `writeStream` can be called only on streaming Dataset/DataFrame.",
    ]);
  });

  it("accepts what Spark accepts", () => {
    expect(errors([mem, wm, byWindow, sink("append")])).toEqual([]);
    expect(errors([mem, ["select", { exprs: "word" }], sink("update")])).toEqual([]);
    expect(errors([mem, byWord, ["dropDuplicates", { columns: "word" }], sink("update")])).toEqual([]);
    expect(
      errors([
        rate,
        ["select", { exprs: "value" }],
        ["where", { condition: "value > 2" }],
        sink("update", "continuous"),
      ]),
    ).toEqual([]);
    expect(errors([mem, ["join", { on: "word", how: "left_outer" }], sink("append")], statik)).toEqual([]);
  });

  it("names unknown columns as Spark does, at the node", () => {
    expect(errors([mem, ["select", { exprs: "wrd" }], sink("append")])).toEqual([
      "n1: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `wrd` cannot be resolved. Did you mean one of the following? [`timestamp`, `word`].",
    ]);
  });
});
