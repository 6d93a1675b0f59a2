// The compile step saveAsTextFiles and saveAsObjectFiles share: the engine's saveAs*Files stream, each
// batch's first lines handed to the Outputs panel with the directory and each part file's line count.
import type { FilesFormat } from "../../../sinks/saveAsFiles";
import { saveAsFiles } from "../../../sinks/saveAsFiles";
import type { AnyStream, BuildContext } from "../../compileContext";

/** Lines of a saved batch handed to the page (the whole file stays in the engine's file system). */
const MAX_FILE_LINES = 1000;

export function compileSaveAsFiles(
  { inputs, params, node, sink }: BuildContext,
  format: FilesFormat,
): AnyStream {
  const suffix = typeof params.suffix === "string" && params.suffix !== "" ? params.suffix : undefined;
  return saveAsFiles(inputs[0], String(params.prefix), suffix, format, (timeMs, { dir, partitions }) => {
    const lines = partitions.flat().slice(0, MAX_FILE_LINES);
    const parts = partitions.map((p) => p.length);
    const truncated = lines.length < parts.reduce((a, b) => a + b, 0);
    // The Outputs panel lists any batch directory of files under the "saveAsTextFiles" kind.
    sink.records(node.id, timeMs, "saveAsTextFiles", lines, truncated, dir, parts);
  });
}
