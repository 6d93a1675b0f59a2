"""State of the PySpark runner that its output functions write into.

A module of its own so that cloudpickle pickles these functions by reference when a checkpointed
graph is serialized (they run in the driver only and hold locks, which cannot be pickled by value).
"""
import ast
import json
import math
import os
import sys
import threading
from decimal import Decimal

from pyspark.resultiterable import ResultIterable

lock = threading.Condition()
state = {}


def reset():
    with lock:
        state.clear()
        state.update(outputs=[], records={}, lines={}, done=set(), current=None, progress=0)


def add_output(kind, program, prefix=None, suffix=None):
    state["outputs"].append({"kind": kind, "program": program, "prefix": prefix, "suffix": suffix})
    return len(state["outputs"]) - 1


def time_ms(t):
    return int(round(t.timestamp() * 1000))


def collector(k):
    # cloudpickle pickles a nested function by value, with the globals it names: it must name none (the
    # lock cannot be pickled), so it reaches this module by import when it runs.
    def collect_output(t, rdd):
        import collect

        collect.record(k, t, rdd)

    return collect_output


def record(k, t, rdd):
    records = [canon(r) for r in rdd.collect()]
    with lock:
        state["records"][(k, time_ms(t))] = records
        state["current"] = (k, time_ms(t))
        state["progress"] += 1


def marker(t, rdd):
    with lock:
        state["current"] = None
        state["done"].add(time_ms(t))
        lock.notify_all()


class Capture:
    """sys.stdout while programs run: text goes to the output whose collector ran last."""

    def __init__(self, fallback):
        self.fallback = fallback

    def write(self, text):
        with lock:
            slot = state.get("current")
            if slot is None:
                self.fallback.write(text)
            else:
                state["lines"].setdefault(slot, []).append(text)
        return len(text)

    def flush(self):
        self.fallback.flush()


def js_float(v):
    """A Python float printed as JavaScript's String(number) would, except that integral floats keep
    their ".0": a float where the studio has an integer prints differently on Spark."""
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    r = repr(v)
    if "e" not in r:
        return r
    mantissa, exponent = r.split("e")
    e = int(exponent)
    if -7 < e < 21:
        text = format(Decimal(r), "f")
        return text if "." in text or not v.is_integer() else text + ".0"
    return "%se%s%d" % (mantissa, "+" if e > 0 else "-", abs(e))


def canon(v):
    """One record as the harness compares it (mirrored by spark/harness/canon.ts)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return js_float(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, ResultIterable):
        return "[" + ",".join(sorted(canon(x) for x in v)) + "]"
    if isinstance(v, (tuple, list)):
        return "[" + ",".join(canon(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(json.dumps(str(k)) + ":" + canon(v[k]) for k in sorted(v, key=str)) + "}"
    return "<%s %r>" % (type(v).__name__, v)


def canon_text_line(line):
    """A line of print() or of a saved text file: the record it shows, when it is a Python literal."""
    try:
        return canon(ast.literal_eval(line))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return canon(line)


VERBOSE = bool(os.environ.get("SPARK_CHECK_VERBOSE"))


def log(*args):
    if VERBOSE:
        print(*args, file=sys.stderr)
