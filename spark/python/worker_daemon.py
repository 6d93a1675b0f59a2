"""The Python worker daemon of the PySpark runner: pyspark.daemon, made cheap per task.

Spark starts it as `python -m <spark.python.daemon.module>` with the PYTHONPATH it builds: pyspark.zip,
py4j's zip and the spark-core jar first. Every task then calls importlib.invalidate_caches(), and on
Python 3.10 and later a zipimporter re-reads its archive's whole directory when invalidated, once per
package imported from it: measured here, 13 directory reads and 100 ms of CPU per task, for a task that
maps three numbers (most of the runner's CPU went there). The same pyspark is installed as a package in
the virtual environment this runs in, so the archives are left off the path and pyspark is imported
from there: the same code, read from files. The daemon's own objects are frozen before it forks, so the
gc.collect() a reused worker runs after each task looks only at what the task made (8 ms to 0.1 ms).
Nothing a task computes changes.
"""
import gc
import sys


def _archive(path):
    return path.endswith((".zip", ".jar")) or ".zip/" in path or ".jar/" in path


sys.path[:] = [p for p in sys.path if not _archive(p)]
for cached in [p for p in sys.path_importer_cache if _archive(p)]:
    del sys.path_importer_cache[cached]

import pyspark.daemon  # noqa: E402
import pyspark.worker  # noqa: E402, F401 (imported once here, before the fork, not in every worker)

if __name__ == "__main__":
    gc.freeze()
    pyspark.daemon.manager()
