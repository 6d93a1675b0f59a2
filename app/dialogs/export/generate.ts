// What each tab of the export dialog shows: generated code (or the document as JSON) and its stubs.

import {
  type GeneratedCode,
  structuredExport,
  toPySpark,
  toScala,
  toTypeScript,
} from "../../../engine/codegen";
import { pipelineFileName, pipelineToJson } from "../../../engine/graph/documentIO";
import type { PipelineDocument } from "../../../engine/graph/types";
import { t } from "../../i18n/useT";
import { pipelineModeOf } from "../../structured/mode";

export type ExportTab = "ts" | "pyspark" | "scala" | "json";

export const EXPORT_TABS: readonly { id: ExportTab; label: string; mime: string }[] = [
  { id: "ts", label: "TypeScript", mime: "text/typescript" },
  { id: "pyspark", label: "PySpark", mime: "text/x-python" },
  { id: "scala", label: "Scala", mime: "text/x-scala" },
  { id: "json", label: "JSON", mime: "application/json" },
];

export type ExportResult = ({ ok: true } & GeneratedCode) | { ok: false; error: string };

export function generateExport(tab: ExportTab, doc: PipelineDocument): ExportResult {
  try {
    // A Structured Streaming pipeline exports as a Structured Streaming program in each language.
    if (pipelineModeOf(doc) === "structured" && tab !== "json")
      return { ok: true, ...structuredExport(doc, tab) };
    switch (tab) {
      case "ts":
        return { ok: true, ...toTypeScript(doc) };
      case "pyspark":
        return { ok: true, ...toPySpark(doc) };
      case "scala":
        return { ok: true, ...toScala(doc) };
      case "json":
        return { ok: true, code: pipelineToJson(doc), stubs: [], filename: pipelineFileName(doc) };
    }
  } catch (e) {
    return { ok: false, error: t("notices.export.notYet", { message: (e as Error).message }) };
  }
}
