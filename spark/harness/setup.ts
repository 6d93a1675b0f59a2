// Where spark/setup.sh puts PySpark and the Spark jars, and how to start the PySpark runner.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SparkProcess } from "./sparkProcess";

export const SPARK_SETUP_HINT =
  "dstream-studio: real Spark is not installed here: run `bash spark/setup.sh` (needs Python 3 with pip, Java 17 and Maven)";

export const pythonOf = (root: string) => join(root, ".venv-spark/bin/python");
export const jarsOf = (root: string) => join(root, ".spark-jars");

export function sparkInstalled(root: string): boolean {
  return existsSync(pythonOf(root)) && existsSync(jarsOf(root)) && hasJava();
}

function hasJava(): boolean {
  const home = process.env.JAVA_HOME;
  if (home && existsSync(join(home, "bin/java"))) return true;
  return (process.env.PATH ?? "").split(":").some((d) => d && existsSync(join(d, "java")));
}

export function classpath(root: string): string {
  const dir = jarsOf(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jar"))
    .map((f) => join(dir, f))
    .join(":");
}

export function startPySpark(root: string, cwd: string): Promise<SparkProcess> {
  mkdirSync(cwd, { recursive: true });
  return SparkProcess.start(pythonOf(root), [join(root, "spark/python/runner.py")], cwd, {
    PYSPARK_PYTHON: pythonOf(root),
    PYTHONHASHSEED: "0",
  });
}
