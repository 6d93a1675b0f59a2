// The exporters, for the app's export dialog and the CLI: code generation only (strings from a document and
// the kinds' specs and emitters), no engine code.

// Structured Streaming documents (mode "structured") have their own exporters, beside their engine.
export { structuredExport } from "../structured/codegen/export";
export type { CodeTarget, GeneratedCode, StubbedFunction } from "./internals/types";
export { toPySpark } from "./pyspark";
export { toScala } from "./scala";
export { toTypeScript } from "./typescript";
