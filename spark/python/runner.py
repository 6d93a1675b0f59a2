"""Runs exported PySpark programs on one local[2] SparkContext, one after another, on Spark's manual clock.

Protocol: one JSON request per line on stdin, {"name", "program", "batches", "batchMs"}; one JSON
answer per line on the original stdout, {"name", "outputs": [{"kind", "prefix", "suffix", "batches":
{timeMs: {"records": [...], "lines": [...], "files": [...]}}}], "error", "seconds"}. Everything else
(Spark's logs, the programs' own prints outside output operations) goes to stderr.

Each program runs as spark-submit would run it, except that SparkContext returns the shared context,
StreamingContext uses it, and awaitTermination() advances the manual clock one batch at a time instead
of waiting: after each advance it waits for a marker output operation registered last, so every output
operation of that batch has finished (Spark runs a batch's jobs one at a time, in registration order).
Before each output operation of the program it registers a collector of the same stream's RDD.
"""
import glob
import re
import json
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
protocol = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)  # the JVM's and the programs' stdout must not mix with the protocol

import collect  # noqa: E402
import pyspark  # noqa: E402
import pyspark.streaming  # noqa: E402
from pyspark import SparkConf  # noqa: E402
from pyspark.streaming import DStream  # noqa: E402

RealSparkContext = pyspark.SparkContext
RealStreamingContext = pyspark.streaming.StreamingContext
BATCH_TIMEOUT_SECONDS = float(os.environ.get("SPARK_CHECK_BATCH_TIMEOUT", "120"))

conf = (
    SparkConf()
    .setMaster("local[2]")
    .setAppName("dstream-studio spark check")
    .set("spark.streaming.clock", "org.apache.spark.util.ManualClock")
    .set("spark.ui.enabled", "false")
    .set("spark.ui.showConsoleProgress", "false")
    .set("spark.driver.host", "127.0.0.1")
    # Many short jobs: the quick JIT tier and a small collector spend less CPU than the defaults.
    .set("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
)
SC = RealSparkContext(conf=conf)
SC.setLogLevel("ERROR")
sys.stdout = collect.Capture(sys.stderr)
current = {"request": None, "ssc": None}


class SharedSparkContext:
    """What `SparkContext(...)` means inside a program: the runner's context."""

    def __new__(cls, *args, **kwargs):
        return SC

    @staticmethod
    def getOrCreate(conf=None):
        return SC


class DrivenStreamingContext(RealStreamingContext):
    def __init__(self, sparkContext=None, batchDuration=None, jssc=None):
        super().__init__(SC, batchDuration, jssc)
        current["ssc"] = self

    def start(self):
        marker = self.queueStream([SC.parallelize([0])], default=SC.parallelize([0]))
        original_foreach(marker, collect.marker)
        super().start()

    def awaitTermination(self, timeout=None):
        drive(self, current["request"])

    def awaitTerminationOrTimeout(self, timeout):
        drive(self, current["request"])
        return True


original_foreach = DStream.foreachRDD
original_pprint = DStream.pprint
original_save = DStream.saveAsTextFiles
internal = {"depth": 0}


def _register(stream, kind, prefix=None, suffix=None):
    k = collect.add_output(kind, prefix, suffix)
    original_foreach(stream, collect.collector(k))


def _internally(f, *args):
    internal["depth"] += 1
    try:
        return f(*args)
    finally:
        internal["depth"] -= 1


def pprint(self, num=10):
    _register(self, "print")
    return _internally(original_pprint, self, num)


def foreachRDD(self, func):
    if internal["depth"] == 0:
        _register(self, "foreachRDD")
    return original_foreach(self, func)


def saveAsTextFiles(self, prefix, suffix=None):
    _register(self, "saveAsTextFiles", prefix, suffix)
    return _internally(original_save, self, prefix, suffix)


DStream.pprint = pprint
DStream.foreachRDD = foreachRDD
DStream.saveAsTextFiles = saveAsTextFiles
pyspark.SparkContext = SharedSparkContext
pyspark.streaming.StreamingContext = DrivenStreamingContext


def drive(ssc, request):
    clock = ssc._jssc.ssc().scheduler().clock()
    batch_ms = request["batchMs"]
    for i in range(1, request["batches"] + 1):
        t = i * batch_ms
        clock.setTime(t)
        deadline = time.monotonic() + BATCH_TIMEOUT_SECONDS
        with collect.lock:
            while t not in collect.state["done"]:
                if time.monotonic() > deadline:
                    raise TimeoutError("batch %d ms did not complete in %ds" % (t, BATCH_TIMEOUT_SECONDS))
                collect.lock.wait(0.05)
                if ssc._jssc.awaitTerminationOrTimeout(1):
                    raise RuntimeError("the StreamingContext stopped at batch %d ms" % t)
        collect.log("batch", t, "done at", round(time.monotonic() - deadline + BATCH_TIMEOUT_SECONDS, 3))
        ssc._jssc.awaitTerminationOrTimeout(1)  # raises the error of a failed job, if any


def cpu_seconds():
    """CPU time of this driver, its JVM and the JVM's Python workers (to measure the run on a busy machine)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                parents[int(pid)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
            except (OSError, IndexError, ValueError):
                pass
    mine = {os.getpid()}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _) in parents.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    return sum(parents[p][1] for p in mine if p in parents) / ticks


def saved_files(output, times):
    out = {}
    for t in times:
        directory = "%s-%d%s" % (output["prefix"], t, "." + output["suffix"] if output["suffix"] else "")
        lines = []
        for part in sorted(glob.glob(os.path.join(directory, "part-*"))):
            with open(part, encoding="utf-8") as f:
                lines.extend(line.rstrip("\n") for line in f)
        if os.path.isdir(directory):
            out[t] = lines
    return out


def describe_error(e):
    """The lines that say what failed (the Python exception inside a Java one), not the stack."""
    text = "".join(traceback.format_exception_only(type(e), e))
    said = [
        line.strip()
        for line in text.splitlines()
        if re.match(r"\s*([\w.]+(Error|Exception)|Caused by)\b", line) and "Py4JJavaError" not in line
    ]
    return "\n".join(dict.fromkeys(said).keys()) if said else text.strip()[-1500:]


def run(request):
    collect.reset()
    current["request"] = request
    current["ssc"] = None
    started = time.monotonic()
    error = None
    try:
        code = compile(request["program"], request["name"] + ".py", "exec")
        exec(code, {"__name__": "__spark_check__"})
    except BaseException as e:  # the program's failure is the answer, not the runner's
        error = describe_error(e)
    finally:
        ssc = current["ssc"]
        collect.log("program ran", round(time.monotonic() - started, 3))
        if ssc is not None:
            try:
                ssc.stop(stopSparkContext=False, stopGraceFully=False)
            except BaseException as e:
                error = error or "stop failed: %s" % e
    outputs = []
    with collect.lock:
        times = sorted(collect.state["done"])
        for k, output in enumerate(collect.state["outputs"]):
            batches = {}
            for (j, t), records in collect.state["records"].items():
                if j == k:
                    lines = "".join(collect.state["lines"].get((j, t), [])).split("\n")
                    batches[str(t)] = {"records": records, "lines": lines}
            if output["kind"] == "saveAsTextFiles":
                for t, lines in saved_files(output, times).items():
                    batches.setdefault(str(t), {"records": []})["files"] = lines
            outputs.append({**output, "batches": batches})
    return {
        "name": request["name"],
        "outputs": outputs,
        "completedBatches": times,
        "error": error,
        "seconds": round(time.monotonic() - started, 3),
        "cpuSeconds": round(cpu_seconds(), 2),
    }


def main():
    protocol.write(json.dumps({"ready": True, "sparkVersion": SC.version}) + "\n")
    protocol.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        answer = run(json.loads(line))
        protocol.write(json.dumps(answer) + "\n")
        protocol.flush()
    SC.stop()


if __name__ == "__main__":
    main()
