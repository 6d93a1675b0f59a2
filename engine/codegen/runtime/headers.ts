// The opening comment of each exported file: what the program prints, and how to run it locally, on a
// cluster, or (TypeScript) anywhere with Node.
import type { PipelineDocument } from "../../graph/types";
import { commentLines } from "../internals/literals";
import type { Plan } from "../internals/plan";

/** One line per output operation, in the order they print. */
export function outputLines(plan: Plan): string[] {
  const outputs = plan.steps.filter((s) => s.spec.isOutput);
  if (outputs.length === 0) return ["  (nothing: the pipeline has no output operation)"];
  return outputs.map((s) => {
    const label = s.node.label || s.node.id;
    const p = s.params;
    switch (s.node.kind) {
      case "print":
        return `  - "${label}": the first ${p.num ?? 10} records of each batch, under a "Time: <batch time> ms" header`;
      case "foreachRDD":
        return `  - "${label}": the batch time and the first ${p.limit ?? 10} records of each batch`;
      case "saveAsTextFiles":
        return `  - "${label}": no output; writes a directory ${String(p.prefix)}-<batch time ms>${p.suffix ? `.${String(p.suffix)}` : ""} per batch`;
      default:
        return `  - "${label}" (${s.node.kind})`;
    }
  });
}

function every(doc: PipelineDocument): string {
  return `every ${doc.batchIntervalMs / 1000} s of batch interval`;
}

export function pyHeader(doc: PipelineDocument, plan: Plan, base: string): string[] {
  return [
    `# ${doc.name}: exported from DStream Studio as a PySpark Streaming program (DStream API).`,
    ...(doc.description ? commentLines(doc.description, "#") : []),
    "#",
    `# What it prints, ${every(doc)}, in this order:`,
    ...commentLines(outputLines(plan).join("\n"), "#"),
    "#",
    "# Run it (PySpark 3.5 with Java 17; `pip install pyspark==3.5.*` or Spark's own spark-submit):",
    `#   spark-submit --master local[2] ${base}.py [batches]`,
    `#   python ${base}.py [batches]                       (local[2] when no master is given)`,
    "# On a cluster, give its master URL:",
    `#   spark-submit --master spark://host:7077 ${base}.py     (or --master yarn, --master k8s://...)`,
    "# It runs until stopped (Ctrl+C); `batches` is how many batches the generated sources queue (100).",
    "",
  ];
}

export function scalaHeader(doc: PipelineDocument, plan: Plan, objectName: string): string[] {
  const jar = "target/scala-2.12/pipeline_2.12-0.1.jar";
  return [
    `// ${doc.name}: exported from DStream Studio as a Spark Streaming program in Scala (DStream API).`,
    ...(doc.description ? commentLines(doc.description, "//") : []),
    "//",
    `// What it prints, ${every(doc)}, in this order:`,
    ...commentLines(outputLines(plan).join("\n"), "//"),
    "//",
    "// Build it with sbt (Scala 2.12, Java 17), this file in src/main/scala/ and in build.sbt:",
    '//   scalaVersion := "2.12.18"',
    '//   libraryDependencies += "org.apache.spark" %% "spark-streaming" % "3.5.1" % "provided"',
    `//   sbt package && spark-submit --class ${objectName} --master local[2] ${jar} [batches]`,
    "// On a cluster, give its master URL:",
    `//   spark-submit --class ${objectName} --master spark://host:7077 ${jar}     (or --master yarn)`,
    "// It runs until stopped (Ctrl+C); `batches` is how many batches the generated sources queue (100).",
  ];
}
