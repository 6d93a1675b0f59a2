// The differential test's Structured Streaming queries: every operation, output mode and unsupported
// combination the studio has, over the guide's words, generated sensor readings, socket lines and a
// table with nulls. Each is a document; the engine and Spark 3.5.9 run the same one.
import type { PipelineDocument } from "../../engine/graph/types";
import { chain, type Step } from "../../engine/structured/testDocs";

const at = (hhmm: string) => `2026-12-02 ${hhmm}:00`;
const words: Step = [
  "memoryStream",
  {
    schema: "timestamp TIMESTAMP, word STRING",
    batches: [
      [[at("12:07"), "dog"], [at("12:08"), "owl"]],
      [[at("12:14"), "dog"], [at("12:09"), "cat"]],
      [[at("12:15"), "cat"], [at("12:08"), "dog"], [at("12:13"), "owl"], [at("12:21"), "owl"]],
      [[at("12:04"), "donkey"], [at("12:17"), "owl"]],
      [[at("12:26"), "dog"], [at("12:02"), "cat"], [at("12:31"), "owl"]],
    ],
  },
];
const table: Step = [
  "memoryStream",
  {
    schema: "id INT, k STRING, v BIGINT, x DOUBLE, ts TIMESTAMP",
    batches: [
      [[1, "a", 10, 1.5, at("10:00")], [2, "b", null, 2.25, at("10:01")], [3, null, 7, null, at("10:02")]],
      [[4, "a", 5, -0.5, at("10:05")], [5, "b", 20, 3, at("09:59")]],
      [],
      [[6, "c", 1, 100, at("10:20")], [7, "a", 3, 0.1, at("10:03")], [8, "10", 2, 0.2, at("10:21")]],
    ],
  },
];
const sensors: Step = ["sensorReadings", { seed: 7, rate: 6, sensors: 3, outOfOrderFraction: 0.3, maxLatenessMs: 4000 }];
const lines: Step = ["socket", { lines: [["Apache Spark", "spark streaming"], ["Structured Streaming", ""], ["spark  SPARK spark"]] }];
const statik: Step = ["staticTable", { schema: "word STRING, kind STRING", rows: [["dog", "mammal"], ["owl", "bird"], ["cat", "mammal"]] }];
const rate: Step = ["rate", { rowsPerSecond: 1 }];

const sink = (outputMode: string, trigger = "availableNow"): Step => ["writeStream", { outputMode, trigger, interval: "1 second" }];
const wm10: Step = ["withWatermark", { eventTime: "timestamp", delayThreshold: "10 minutes" }];
const win = (length: string, slide = ""): Step => ["groupBy", { windowColumn: "timestamp", windowDuration: length, slideDuration: slide, keys: "word", aggs: "count(*) AS count" }];
const sensorWm: Step = ["withWatermark", { eventTime: "eventTime", delayThreshold: "2 seconds" }];
const sensorWin = (length: string, slide = "", aggs = "avg(value) AS avg, count(*) AS n"): Step => [
  "groupBy",
  { windowColumn: "eventTime", windowDuration: length, slideDuration: slide, keys: "sensorId", aggs },
];
const sel = (exprs: string): Step => ["select", { exprs }];
const group = (keys: string, aggs: string): Step => ["groupBy", { windowColumn: "", keys, aggs }];

export interface DifferentialQuery {
  id: string;
  doc: PipelineDocument;
  /** Seeded generators: triggers replayed (Spark may add a no-data batch after them: not compared). */
  triggers?: number;
}

const q = (id: string, steps: Step[], joinRight?: Step, triggers?: number): DifferentialQuery => ({
  id,
  doc: chain(steps, joinRight ? { joinRight } : {}),
  ...(triggers ? { triggers } : {}),
});

export const queries: DifferentialQuery[] = [
  // projections and filters
  q("select-append", [words, sel("word"), sink("append")]),
  q("select-update", [words, sel("word, timestamp"), sink("update")]),
  q("select-string-functions", [words, sel("upper(word) AS w, length(word) AS n, lower(upper(word)) AS l, timestamp"), sink("append")]),
  q("select-concat-substring", [words, sel("concat(word, '-', upper(word)) AS c, substring(word, 2) AS s2, substring(word, 1, 2) AS s12, substring(word, -2, 1) AS sm"), sink("append")]),
  q("select-unaliased", [words, sel("word, length(word), upper(word)"), sink("append")]),
  q("where", [words, ["where", { condition: "length(word) > 3" }], sink("append")]),
  q("filter", [words, ["filter", { condition: "word != 'dog' AND timestamp > '2026-12-02 12:08:00'" }], sink("append")]),
  q("withColumn-new", [words, ["withColumn", { colName: "shout", expr: "concat(upper(word), '!')" }], sink("append")]),
  q("withColumn-replace", [words, ["withColumn", { colName: "word", expr: "lower(concat(word, word))" }], sink("update")]),
  q("arithmetic", [table, sel("id, v + id AS a, v * 2 AS b, x - 1 AS c, id % 3 AS d, v / 4 AS e, -x AS f, x * x AS g"), sink("append")]),
  q("logic-nulls", [table, ["where", { condition: "(x > 1 OR k IS NULL) AND NOT (id = 2)" }], sink("append")]),
  q("null-comparisons", [table, sel("id, v > 5 AS big, k = 'a' AS isA, k IS NOT NULL AS hasK, v <=> NULL AS noV"), sink("append")]),
  q("casts", [table, sel("CAST(id AS STRING) AS s, CAST(k AS INT) AS ki, CAST(x AS BIGINT) AS xl, CAST(v AS DOUBLE) AS vd"), sink("append")]),
  q("explode-lines", [lines, sel("explode(split(value, ' ')) AS word"), sink("append")]),
  q("explode-with-columns", [lines, sel("value, explode(split(lower(value), ' ')) AS word"), ["where", { condition: "word != ''" }], sink("append")]),
  // aggregations without event time
  q("count-update", [words, group("word", "count(*) AS count"), sink("update")]),
  q("count-complete", [words, group("word", "count(*) AS count"), sink("complete")]),
  q("count-unaliased", [words, group("word", "count(*), count(word)"), sink("complete")]),
  q("wordcount-lines-complete", [lines, sel("explode(split(lower(value), ' ')) AS word"), group("word", "count(*) AS count"), sink("complete")]),
  q("wordcount-lines-update", [lines, sel("explode(split(value, ' ')) AS word"), ["where", { condition: "word != ''" }], group("word", "count(*) AS count"), sink("update")]),
  q("aggs-all-update", [table, group("k", "count(*) AS n, count(v) AS nv, sum(v) AS sv, avg(x) AS ax, min(x) AS mn, max(v) AS mx"), sink("update")]),
  q("aggs-all-complete", [table, group("k", "sum(x) AS sx, avg(v) AS av, min(k) AS mk, max(ts) AS mts, sum(id) AS sid"), sink("complete")]),
  q("global-agg-complete", [table, group("", "count(*) AS n, sum(v) AS s"), sink("complete")]),
  q("agg-expression-key", [words, group("length(word) AS len", "count(*) AS n"), sink("complete")]),
  // event-time windows and watermarks
  q("guide-update", [words, wm10, win("10 minutes", "5 minutes"), sink("update")]),
  q("guide-append", [words, wm10, win("10 minutes", "5 minutes"), sink("append")]),
  q("guide-complete", [words, wm10, win("10 minutes", "5 minutes"), sink("complete")]),
  q("tumbling-append", [words, wm10, win("10 minutes"), sink("append")]),
  q("tumbling-update", [words, wm10, win("10 minutes"), sink("update")]),
  q("window-no-watermark-update", [words, win("5 minutes"), sink("update")]),
  q("window-no-watermark-complete", [words, win("15 minutes", "5 minutes"), sink("complete")]),
  q("window-no-keys", [words, ["withWatermark", { eventTime: "timestamp", delayThreshold: "5 minutes" }], ["groupBy", { windowColumn: "timestamp", windowDuration: "10 minutes", slideDuration: "", keys: "", aggs: "count(*) AS count" }], sink("append")]),
  q("watermark-short-delay", [words, ["withWatermark", { eventTime: "timestamp", delayThreshold: "1 minute" }], win("5 minutes"), sink("update")]),
  q("watermark-then-filter", [words, wm10, ["where", { condition: "word != 'owl'" }], win("10 minutes", "5 minutes"), sink("append")]),
  q("watermark-table-update", [table, ["withWatermark", { eventTime: "ts", delayThreshold: "3 minutes" }], ["groupBy", { windowColumn: "ts", windowDuration: "5 minutes", slideDuration: "", keys: "k", aggs: "sum(v) AS s, avg(x) AS a" }], sink("update")]),
  q("sensors-avg-append", [sensors, sensorWm, sensorWin("5 seconds"), sink("append", "processingTime")], undefined, 8),
  q("sensors-avg-update", [sensors, sensorWm, sensorWin("5 seconds"), sink("update", "processingTime")], undefined, 8),
  q("sensors-sliding-update", [sensors, sensorWm, sensorWin("4 seconds", "2 seconds", "count(*) AS n, max(value) AS mx, min(value) AS mn"), sink("update", "processingTime")], undefined, 8),
  q("sensors-by-id-complete", [sensors, group("sensorId", "avg(value) AS avg, sum(value) AS total, count(*) AS n"), sink("complete", "processingTime")], undefined, 6),
  q("sensors-select", [sensors, ["where", { condition: "value > 25" }], sel("sensorId, value * 2 AS v2, eventTime"), sink("append", "processingTime")], undefined, 6),
  q("sensors-withColumn", [sensors, ["withColumn", { colName: "third", expr: "value / 3" }], sink("append", "processingTime")], undefined, 5),
  // deduplication
  q("dedup-word-append", [words, ["dropDuplicates", { columns: "word" }], sink("append")]),
  q("dedup-word-update", [words, ["dropDuplicates", { columns: "word" }], sink("update")]),
  q("dedup-all-columns", [words, ["dropDuplicates", { columns: "" }], sink("append")]),
  q("dedup-watermark-in-keys", [words, wm10, ["dropDuplicates", { columns: "word, timestamp" }], sink("append")]),
  q("dedup-watermark-not-in-keys", [words, wm10, ["dropDuplicates", { columns: "word" }], sink("append")]),
  q("dedup-then-count", [words, ["dropDuplicates", { columns: "word" }], group("word", "count(*) AS n"), sink("complete")]),
  // stream-static joins
  q("join-inner", [words, ["join", { on: "word", how: "inner" }], sink("append")], statik),
  q("join-left-outer", [words, ["join", { on: "word", how: "left_outer" }], sink("append")], statik),
  q("join-left-semi", [words, ["join", { on: "word", how: "left_semi" }], sink("append")], statik),
  q("join-left-anti", [words, ["join", { on: "word", how: "left_anti" }], sink("append")], statik),
  q("join-then-count", [words, ["join", { on: "word", how: "inner" }], group("kind", "count(*) AS n"), sink("complete")], statik),
  q("join-static-left-right-outer", [statik, ["join", { on: "word", how: "right_outer" }], sink("append")], words),
  // unsupported combinations: Spark's messages
  q("x-append-agg-no-watermark", [words, group("word", "count(*)"), sink("append")]),
  q("x-complete-no-agg", [words, sel("word"), sink("complete")]),
  q("x-complete-dedup", [words, ["dropDuplicates", { columns: "word" }], sink("complete")]),
  q("x-two-aggs-update", [words, group("word", "count(*) AS c"), group("c", "count(*) AS n"), sink("update")]),
  q("x-right-outer", [words, ["join", { on: "word", how: "right_outer" }], sink("append")], statik),
  q("x-full-outer", [words, ["join", { on: "word", how: "full_outer" }], sink("append")], statik),
  q("x-left-outer-static-left", [statik, ["join", { on: "word", how: "left_outer" }], sink("append")], words),
  q("x-left-anti-static-left", [statik, ["join", { on: "word", how: "left_anti" }], sink("append")], words),
  q("x-static-only", [statik, sink("append")]),
  q("x-continuous-agg", [rate, group("value", "count(*)"), sink("update", "continuous")]),
  q("x-continuous-watermark", [rate, ["withWatermark", { eventTime: "timestamp", delayThreshold: "1 second" }], sink("append", "continuous")]),
  q("x-continuous-dedup", [rate, ["dropDuplicates", { columns: "value" }], sink("append", "continuous")]),
  q("x-continuous-explode", [rate, sel("explode(split(CAST(value AS STRING), '1')) AS w"), sink("append", "continuous")]),
  q("x-continuous-file-source", [words, sel("word"), sink("append", "continuous")]),
];
