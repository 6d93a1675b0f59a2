// The exporters, for the app's export dialog and the CLI: code generation only (strings from a document and
// the kinds' specs and emitters), no engine code.
export type { CodeTarget, GeneratedCode, StubbedFunction } from "./internals/types";
export { toPySpark } from "./pyspark";
export { toScala } from "./scala";
export { toTypeScript } from "./typescript";
