# The Spark side of the Structured Streaming differential test: one SparkSession runs every query of
# the generated module (queries.py, next to this file when run) with foreachBatch, and prints one JSON
# object: per query, its batches (rows as canonical text, sorted), result schema, watermarks and
# state metrics per batch, or Spark's error message.
import calendar
import datetime
import json
import os
import sys
import tempfile
import time

os.environ["TZ"] = "UTC"
time.tzset()

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402,F401

spark = (
    SparkSession.builder.master("local[2]")
    .config("spark.sql.session.timeZone", "UTC")
    .config("spark.sql.shuffle.partitions", "2")
    .config("spark.ui.enabled", "false")
    .config("spark.sql.streaming.stateStore.maintenanceInterval", "600s")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("ERROR")
INPUT = tempfile.mkdtemp(prefix="studio-structured-")
PREFIX = ["q"]


def replay(name, batches):
    d = os.path.join(INPUT, PREFIX[0], name)
    os.makedirs(d, exist_ok=True)
    for i, rows in enumerate(batches):
        if rows is None:
            continue
        path = os.path.join(d, "part-%05d.json" % i)
        with open(path, "w") as f:
            f.write("".join(json.dumps(r) + "\n" for r in rows))
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    return d


def replay_lines(name, batches):
    d = os.path.join(INPUT, PREFIX[0], name)
    os.makedirs(d, exist_ok=True)
    for i, lines in enumerate(batches):
        path = os.path.join(d, "part-%05d.txt" % i)
        with open(path, "w") as f:
            f.write("".join(line + "\n" for line in lines))
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    return d


def canon(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime.datetime):
        return "t:%d" % (calendar.timegm(v.timetuple()) * 1000 + v.microsecond // 1000)
    if isinstance(v, float):
        return "d:" + repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ",".join(canon(x) for x in v) + "]"
    if hasattr(v, "start") and hasattr(v, "end"):
        return "w:%s-%s" % (canon(v.start)[2:], canon(v.end)[2:])
    return repr(v)


results = {}
running = []


def collector(qid):
    def collect(df, batch_id):
        rows = sorted(json.dumps([canon(x) for x in r]) for r in df.collect())
        results[qid]["batches"][str(batch_id)] = rows
        results[qid]["schema"] = df.schema.simpleString()

    return collect


def start(qid, build, mode, continuous):
    PREFIX[0] = qid
    results[qid] = {"batches": {}, "error": None}
    try:
        df = build()
        w = df.writeStream.outputMode(mode).option("checkpointLocation", tempfile.mkdtemp(prefix="ck-"))
        if continuous:
            q = w.format("console").trigger(continuous="1 second").start()
            q.stop()
            return
        q = w.foreachBatch(collector(qid)).trigger(availableNow=True).start()
        running.append((qid, q))
    except Exception as e:  # Spark's AnalysisException: its message, without the plan
        results[qid]["error"] = str(e).split(";\n")[0]


exec(open(sys.argv[1]).read())

for qid, q in running:
    try:
        q.awaitTermination()
    except Exception as e:
        results[qid]["error"] = str(e).split(";\n")[0][:1000]
    results[qid]["progress"] = {
        str(p["batchId"]): {
            "watermark": p["eventTime"].get("watermark"),
            "stateOperators": [
                [s["numRowsTotal"], s["numRowsUpdated"], s["numRowsDroppedByWatermark"]] for s in p["stateOperators"]
            ],
            "numInputRows": p["numInputRows"],
        }
        for p in q.recentProgress
    }
print("STRUCTURED_RESULTS " + json.dumps(results))
