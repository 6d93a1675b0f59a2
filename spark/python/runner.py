"""Runs exported PySpark programs on one local[2] SparkContext, on Spark's manual clock, many at a time.

Protocol: one JSON request per line on stdin, {"programs": [{"name", "program"}, ...], "batches",
"batchMs"}; one JSON answer per line on the original stdout, {"runs": [{"name", "outputs": [{"kind",
"prefix", "suffix", "batches": {timeMs: {"records": [...], "lines": [...], "files": [...]}}}], "error",
"seconds"}, ...]}, one run per program. Everything else (Spark's logs, the programs' own prints outside
output operations) goes to stderr.

Each program runs as spark-submit would run it, except that SparkContext returns the shared context and
StreamingContext returns one context shared by every program of the request: Spark runs one
StreamingContext per JVM, and one context holding many programs' independent graphs costs a start, a stop
and a batch's fixed work once instead of once per program. start() and awaitTermination() do nothing;
once every program has built its graph, the runner starts the context and advances the manual clock one
batch at a time, and after each advance waits for a marker output operation registered last, so every
output operation of that batch has finished (Spark runs a batch's jobs one at a time, in registration
order). Before each output operation it registers a collector of the same stream's RDD, tagged with the
program it belongs to. When a request of several programs fails anywhere, it runs again in halves (down
to each program alone),
so a failure is reported for the program that caused it, with its own error.
"""
import glob
import re
import json
import os
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The JVM passes its PYTHONPATH on to the Python workers: they find worker_daemon.py here.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (HERE, os.environ.get("PYTHONPATH")) if p)
protocol = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)  # the JVM's and the programs' stdout must not mix with the protocol

import collect  # noqa: E402
import pyspark  # noqa: E402
import pyspark.streaming  # noqa: E402
from pyspark import SparkConf  # noqa: E402
from pyspark.streaming import DStream  # noqa: E402
from py4j.java_gateway import JavaPackage, JVMView  # noqa: E402

RealSparkContext = pyspark.SparkContext
RealStreamingContext = pyspark.streaming.StreamingContext
BATCH_TIMEOUT_SECONDS = float(os.environ.get("SPARK_CHECK_BATCH_TIMEOUT", "300"))

conf = (
    SparkConf()
    .setMaster("local[2]")
    .setAppName("dstream-studio spark check")
    .set("spark.streaming.clock", "org.apache.spark.util.ManualClock")
    .set("spark.ui.enabled", "false")
    .set("spark.ui.showConsoleProgress", "false")
    .set("spark.driver.host", "127.0.0.1")
    # The Python workers without the per-task cost of importing pyspark from its zip (worker_daemon.py).
    .set("spark.python.daemon.module", "worker_daemon")
    # Many short jobs: the quick JIT tier and a small collector spend less CPU than the defaults.
    .set("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
)
SC = RealSparkContext(conf=conf)
SC.setLogLevel("ERROR")
sys.stdout = collect.Capture(sys.stderr)
current = {"ssc": None, "program": 0}


class SharedSparkContext:
    """What `SparkContext(...)` means inside a program: the runner's context."""

    def __new__(cls, *args, **kwargs):
        return SC

    @staticmethod
    def getOrCreate(conf=None):
        return SC


class DrivenStreamingContext(RealStreamingContext):
    """What `StreamingContext(...)` means inside a program: the request's one context on SC."""

    def __new__(cls, *args, **kwargs):
        return current["ssc"] if current["ssc"] is not None else super().__new__(cls)

    def __init__(self, sparkContext=None, batchDuration=None, jssc=None):
        if current["ssc"] is self:
            return
        super().__init__(SC, batchDuration, jssc)
        current["ssc"] = self

    def start(self):
        pass  # the runner starts the context once every program of the request has built its graph

    def awaitTermination(self, timeout=None):
        pass

    def awaitTerminationOrTimeout(self, timeout):
        return True


def _memoized(get):
    """py4j resolves `sc._jvm.Name` by trying Name in every imported package, and each miss searches
    every jar on the JVM's class path; PySpark streaming does it for every RDD of every batch. A name
    once resolved stays resolved (classes are not unloaded), so the answer is kept."""
    cache = {}

    def lookup(self, name):
        key = (self.__dict__.get("_fqn") or self.__dict__.get("_id"), name)
        found = cache.get(key)
        if found is None:
            found = get(self, name)
            if name != "__call__" and not name.startswith("__"):
                cache[key] = found
        return found

    return lookup


JVMView.__getattr__ = _memoized(JVMView.__getattr__)
JavaPackage.__getattr__ = _memoized(JavaPackage.__getattr__)


original_foreach = DStream.foreachRDD
original_pprint = DStream.pprint
original_save = DStream.saveAsTextFiles
internal = {"depth": 0}


def _register(stream, kind, prefix=None, suffix=None):
    k = collect.add_output(kind, current["program"], prefix, suffix)
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
    marker = ssc.queueStream([SC.parallelize([0])], default=SC.parallelize([0]))
    original_foreach(marker, collect.marker)
    RealStreamingContext.start(ssc)
    clock = ssc._jssc.ssc().scheduler().clock()
    batch_ms = request["batchMs"]
    for i in range(1, request["batches"] + 1):
        t = i * batch_ms
        clock.setTime(t)
        begun = time.monotonic()
        deadline = begun + BATCH_TIMEOUT_SECONDS
        seen = collect.state["progress"]
        with collect.lock:
            # The marker wakes this up; the timeout only checks now and then that the context still runs.
            # It counts from the last output collected: on a loaded machine a batch of many programs
            # takes minutes, but one that makes no progress for that long is stuck.
            while t not in collect.state["done"]:
                if collect.state["progress"] != seen:
                    seen = collect.state["progress"]
                    deadline = time.monotonic() + BATCH_TIMEOUT_SECONDS
                if time.monotonic() > deadline:
                    raise TimeoutError("batch %d ms made no progress in %ds" % (t, BATCH_TIMEOUT_SECONDS))
                collect.lock.wait(1.0)
                if t not in collect.state["done"] and ssc._jssc.awaitTerminationOrTimeout(1):
                    raise RuntimeError("the StreamingContext stopped at batch %d ms" % t)
        collect.log("batch", t, "done in", round(time.monotonic() - begun, 3))
    ssc._jssc.awaitTerminationOrTimeout(1)  # raises the error of a failed job, if any


def cpu_seconds():
    """CPU time of this driver, its JVM and the JVM's Python workers, by process (to measure the run on a
    busy machine, and to see which side spends it)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    name, rest = f.read().rsplit(")", 1)
                fields = rest.split()
                # Own and waited-for children's time: workers that exited count in the daemon's.
                used = sum(int(x) for x in fields[11:15])
                parents[int(pid)] = (int(fields[1]), used, name.split("(", 1)[1])
            except (OSError, IndexError, ValueError):
                pass
    mine = {os.getpid()}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _, _) in parents.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    by = {}
    for p in mine & parents.keys():
        kind = "driver" if p == os.getpid() else "jvm" if parents[p][2] == "java" else "workers"
        by[kind] = by.get(kind, 0) + parents[p][1] / ticks
    return by


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
    """Every program of the request on one StreamingContext; each alone again if that fails."""
    programs = request["programs"]
    collect.reset()
    current["ssc"] = None
    started = time.monotonic()
    errors = [None] * len(programs)
    for i, p in enumerate(programs):
        current["program"] = i
        # The program's first argument: how many batches its generated sources queue (its default, 100,
        # would build an RDD per batch that is never run).
        sys.argv = [p["name"] + ".py", str(request["batches"])]
        try:
            exec(compile(p["program"], p["name"] + ".py", "exec"), {"__name__": "__spark_check__"})
        except BaseException as e:  # the program's failure is the answer, not the runner's
            errors[i] = describe_error(e)
    collect.log("programs defined", round(time.monotonic() - started, 3))
    ssc = current["ssc"]
    if ssc is not None and not any(errors):
        try:
            drive(ssc, request)
        except BaseException as e:
            errors = [describe_error(e)] * len(programs)
    if ssc is not None:
        try:
            ssc.stop(stopSparkContext=False, stopGraceFully=False)
        except BaseException as e:
            errors = [x or "stop failed: %s" % e for x in errors]
    if len(programs) > 1 and any(errors):
        # Halves, not each alone: a failing program among n costs about 2 log2(n) reruns instead of n.
        half = (len(programs) + 1) // 2
        collect.log("a request of", len(programs), "failed (", [e for e in errors if e][:1], "); it runs again in halves")
        return [r for part in (programs[:half], programs[half:]) for r in run({**request, "programs": part})]
    seconds = round(time.monotonic() - started, 3)
    return [answer(i, p["name"], errors[i], seconds) for i, p in enumerate(programs)]


def answer(i, name, error, seconds):
    """Program i's outputs, in the order it registered them."""
    outputs = []
    with collect.lock:
        times = sorted(collect.state["done"])
        for k, output in enumerate(collect.state["outputs"]):
            if output["program"] != i:
                continue
            batches = {}
            for (j, t), records in collect.state["records"].items():
                if j == k:
                    lines = "".join(collect.state["lines"].get((j, t), [])).split("\n")
                    batches[str(t)] = {"records": records, "lines": lines}
            if output["kind"] == "saveAsTextFiles":
                for t, lines in saved_files(output, times).items():
                    batches.setdefault(str(t), {"records": []})["files"] = lines
            outputs.append({key: output[key] for key in ("kind", "prefix", "suffix")} | {"batches": batches})
    return {
        "name": name,
        "outputs": outputs,
        "completedBatches": times,
        "error": error,
        "seconds": seconds,
    }


def main():
    protocol.write(json.dumps({"ready": True, "sparkVersion": SC.version}) + "\n")
    protocol.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        before = cpu_seconds()
        runs = run(json.loads(line))
        after = cpu_seconds()
        spent = {k: round(v - before.get(k, 0), 2) for k, v in after.items()}
        collect.log("CPU seconds", spent)
        used = round(sum(spent.values()), 2)
        for r in runs:
            r["cpuSeconds"] = used  # the whole request's, this driver's JVM and Python workers included
        protocol.write(json.dumps({"runs": runs}) + "\n")
        protocol.flush()
    SC.stop()


if __name__ == "__main__":
    main()
