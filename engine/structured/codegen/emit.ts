// What a structured kind's emitters are given and give back: the expression building its DataFrame in
// PySpark and in Scala, its inputs already bound to their variables. Where the two languages differ only
// in their literals and function prefixes, a kind writes one function over a `Lang` (`inBoth`).
import type { PipelineDocument, PipelineNode } from "../../graph/types";
import { py, scalaString, seq } from "./literals";

export interface ExportOptions {
  /** Triggers of generated data to replay (seeded generators); 10 when not given. */
  triggers?: number;
}

export interface StructuredEmitContext {
  node: PipelineNode;
  /** The input DataFrames' variables, in edge order. */
  inputs: string[];
  doc: PipelineDocument;
  /** Triggers of generated data to replay (seeded generators). */
  triggers: number;
}

export type StructuredEmit = (c: StructuredEmitContext) => string;

export interface StructuredKindEmitters {
  pyspark: StructuredEmit;
  scala: StructuredEmit;
}

/** What a DataFrame expression's text depends on, per language. */
export interface Lang {
  /** A string literal. */
  str(s: string): string;
  /** A literal list of strings (a Python list, a Scala Seq). */
  strings(xs: string[]): string;
  /** A function of org.apache.spark.sql.functions (F.expr in PySpark, expr in Scala). */
  fn(name: string): string;
  /** A column argument to such a function (PySpark takes the name, Scala col(name)). */
  col(name: string): string;
  /** A replayed source of JSON-lines files, one a trigger (a null trigger: no file). */
  replayJson(schema: string, nodeId: string, batches: (Record<string, unknown>[] | null)[]): string;
}

export const PYSPARK: Lang = {
  str: py,
  strings: py,
  fn: (name) => `F.${name}`,
  col: py,
  replayJson: (schema, nodeId, batches) =>
    `spark.readStream.schema(${py(schema)}).option("maxFilesPerTrigger", 1).json(replay(${py(nodeId)}, ${py(batches)}))`,
};

/** The triggers' files as Scala: Seq(Seq("line", ...), ...). */
export const scalaFileBatches = (batches: string[][]) => seq(batches.map((b) => seq(b.map(scalaString))));

export const SCALA: Lang = {
  str: scalaString,
  strings: (xs) => seq(xs.map(scalaString)),
  fn: (name) => name,
  col: (name) => `col(${scalaString(name)})`,
  replayJson: (schema, nodeId, batches) =>
    `spark.readStream.schema(${scalaString(schema)}).option("maxFilesPerTrigger", 1).json(replay(${scalaString(nodeId)}, ${scalaFileBatches(
      batches.filter((b) => b !== null).map((b) => b.map((r) => JSON.stringify(r))),
    )}))`,
};

/** One emitter for both languages. */
export const inBoth = (emit: (c: StructuredEmitContext, l: Lang) => string): StructuredKindEmitters => ({
  pyspark: (c) => emit(c, PYSPARK),
  scala: (c) => emit(c, SCALA),
});
