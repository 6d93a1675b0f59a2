// A Structured Streaming document as a program in one language, for the CLI's `export` and the export
// dialog alike: the code and a file name (no user functions, so nothing is ever stubbed).
import { fileBase } from "../../codegen/internals/literals";
import type { CodeTarget, GeneratedCode } from "../../codegen/internals/types";
import type { PipelineDocument } from "../../graph/types";
import { pysparkProgram } from "./pyspark";
import { scalaObjectName, scalaProgram } from "./scala";
import { typescriptProgram } from "./typescript";

export function structuredExport(doc: PipelineDocument, target: CodeTarget): GeneratedCode {
  switch (target) {
    case "pyspark":
      return { code: pysparkProgram(doc), stubs: [], filename: `${fileBase(doc.name)}.py` };
    case "scala":
      return { code: scalaProgram(doc), stubs: [], filename: `${scalaObjectName(doc)}.scala` };
    case "ts":
      return { code: typescriptProgram(doc), stubs: [], filename: `${fileBase(doc.name)}.ts` };
  }
}
