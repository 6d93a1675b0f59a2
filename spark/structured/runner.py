# The Spark side of the Structured Streaming differential test: one SparkSession runs every query of
# the generated module (queries.py, passed as argv[1]) with foreachBatch, and prints one JSON object:
# per query, its batches (rows as canonical text, sorted), result schema, watermarks and state metrics
# per batch, or Spark's error message.
#
# Triggers line up with the engine's without waiting in real time: each query reads its input as one
# file per trigger (maxFilesPerTrigger 1) with Trigger.AvailableNow, so Spark runs one micro-batch per
# file as fast as it can, plus the no-data batches it decides on itself (the watermark moved), which
# the engine must reproduce. What made this slow before: every query started at once (dozens of stream
# threads fighting over two cores), 200 shuffle partitions per stateful operator, whole-stage code
# generation compiling every new plan, and the JVM's optimizing JIT. Here: a few queries at a time
# (STRUCTURED_PARALLEL, default 2), one shuffle partition, interpreted expressions, the quick JIT tier.
import calendar
import datetime
import json
import os
import shutil
import sys
import tempfile
import time

os.environ["TZ"] = "UTC"
time.tzset()
started_at = time.time()
# the protocol is the last stdout line; everything else Spark or the programs print goes to stderr
protocol = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402,F401

PARALLEL = int(os.environ.get("STRUCTURED_PARALLEL", "2"))
QUERY_TIMEOUT_SECONDS = float(os.environ.get("STRUCTURED_QUERY_TIMEOUT", "300"))
# checkpoints and input on a memory file system where there is one: every batch writes several files
BASE = tempfile.mkdtemp(prefix="studio-structured-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
INPUT = os.path.join(BASE, "input")

spark = (
    SparkSession.builder.master("local[2]")
    .appName("dstream-studio structured check")
    .config("spark.sql.session.timeZone", "UTC")
    .config("spark.sql.shuffle.partitions", "1")
    .config("spark.ui.enabled", "false")
    .config("spark.ui.showConsoleProgress", "false")
    .config("spark.driver.host", "127.0.0.1")
    .config("spark.sql.streaming.stateStore.maintenanceInterval", "600s")
    # tiny batches: interpreting expressions is cheaper than compiling each new plan with Janino
    # the replay files stand for a memory stream: numInputRows counts every row, before any filter
    .config("spark.sql.json.filterPushdown.enabled", "false")
    .config("spark.sql.codegen.wholeStage", "false")
    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
    # many short jobs: the quick JIT tier and a small collector spend less CPU than the defaults
    .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("ERROR")
session_seconds = time.time() - started_at
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


def spark_message(e):
    """Spark's AnalysisException text without the plan it appends."""
    return str(e).split(";\n")[0][:1000]


results = {}
pending = []


def collector(qid):
    def collect(df, batch_id):
        rows = sorted(json.dumps([canon(x) for x in r]) for r in df.collect())
        results[qid]["batches"][str(batch_id)] = rows
        results[qid]["schema"] = df.schema.simpleString()

    return collect


def start(qid, build, mode, continuous):
    """Called by queries.py for each query: queued, started a few at a time below."""
    pending.append((qid, build, mode, continuous))


def launch(qid, build, mode, continuous):
    PREFIX[0] = qid
    results[qid] = {"batches": {}, "error": None}
    try:
        df = build()
        w = df.writeStream.outputMode(mode).option("checkpointLocation", os.path.join(BASE, "ck", qid))
        if continuous:
            q = w.format("console").trigger(continuous="1 second").start()
            q.stop()
            return None
        return w.foreachBatch(collector(qid)).trigger(availableNow=True).start()
    except Exception as e:
        results[qid]["error"] = spark_message(e)
        return None


def finish(qid, q, began):
    try:
        q.awaitTermination()
    except Exception as e:
        results[qid]["error"] = spark_message(e)
    results[qid]["progress"] = {
        str(p["batchId"]): {
            "watermark": p.get("eventTime", {}).get("watermark"),
            "stateOperators": [
                [s["numRowsTotal"], s["numRowsUpdated"], s["numRowsDroppedByWatermark"]]
                for s in p.get("stateOperators", [])
            ],
            "numInputRows": p["numInputRows"],
        }
        for p in q.recentProgress
    }
    results[qid]["seconds"] = round(time.time() - began, 2)


exec(open(sys.argv[1]).read())

running = []
while pending or running:
    while pending and len(running) < PARALLEL:
        qid, build, mode, continuous = pending.pop(0)
        began = time.time()
        q = launch(qid, build, mode, continuous)
        if q is not None:
            running.append((qid, q, began))
    still = []
    for qid, q, began in running:
        if not q.isActive:
            finish(qid, q, began)
        elif time.time() - began > QUERY_TIMEOUT_SECONDS:
            q.stop()
            results[qid]["error"] = "timed out after %d s" % QUERY_TIMEOUT_SECONDS
        else:
            still.append((qid, q, began))
    running = still
    if running:
        time.sleep(0.02)

shutil.rmtree(BASE, ignore_errors=True)
results["__timing__"] = {"session": round(session_seconds, 1), "total": round(time.time() - started_at, 1)}
protocol.write("STRUCTURED_RESULTS " + json.dumps(results) + "\n")
protocol.flush()
