// What an exporter needs of a document before it prints code from it: every param of the type its
// kind declares (a function's source text, a number, ...). A document that breaks this (an import the
// validator flags) is refused with the validator's message at its node and field, rather than failing
// inside a printer ("Cannot convert object to primitive value"). Syntax errors in functions are not
// refused: exporters turn what they cannot translate into marked stubs.
import { getKind, isEmptyParam, resolveParams } from "./catalog";
import type { PipelineDocument } from "./types";
import { checkUserFunction } from "./userFunction";
import { validateParams } from "./validateParams";

export function assertExportable(doc: PipelineDocument): void {
  for (const node of doc.nodes) {
    const spec = getKind(node.kind);
    if (!spec) continue; // the planner names unknown kinds
    // As exporters read it (defaults filled); a missing value is not a wrong type (exporters stub it).
    const resolved = { ...node, params: resolveParams(spec, node.params) };
    const wrong = validateParams(resolved, spec, checkUserFunction).find(
      (i) =>
        i.line === undefined && i.severity === "error" && !isEmptyParam(i.param && resolved.params[i.param]),
    );
    if (wrong) throw new Error(`node "${node.id}": ${wrong.param ? `${wrong.param}: ` : ""}${wrong.message}`);
  }
}
