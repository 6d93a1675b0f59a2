// memoryStream's rows replayed as JSON-lines files, one a trigger (a null batch: a trigger without a file
// in PySpark; the Scala export leaves it out).
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { fieldsOf, jsonRecords, text } from "../../../../structured/codegen/literals";
import { typedRow } from "../../../../structured/plan/sources";

export const memoryStreamEmitters: StructuredKindEmitters = inBoth(({ node }, l) => {
  const fields = fieldsOf(node.params.schema);
  const batches = (Array.isArray(node.params.batches) ? node.params.batches : []).map((b) =>
    Array.isArray(b)
      ? jsonRecords(
          b.map((r) => typedRow(r, fields)),
          fields,
        )
      : null,
  );
  return l.replayJson(text(node.params.schema), node.id, batches);
});
