// saveAsTextFiles' output as one zip, in Spark's layout: a directory "prefix-TIME_IN_MS[.suffix]" per batch
// holding "part-00000", "part-00001", ... (one per partition, records one a line) and "_SUCCESS". The page
// holds each batch's first lines (the worker sends at most 1000 a batch): a batch with more lines keeps
// those in its parts and gets no "_SUCCESS", Spark's mark of a complete directory, so nobody takes a
// sample for the whole output.
import type { OutputFile } from "../../../store/run/data/runData";

/** The zip's files: path → text. */
export function zipEntries(files: readonly OutputFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const dir = f.path.replace(/^\/+/, "");
    let at = 0;
    f.parts.forEach((count, i) => {
      const lines = f.lines.slice(at, at + count);
      at += count;
      out.set(`${dir}/part-${String(i).padStart(5, "0")}`, lines.map((l) => `${l}\n`).join(""));
    });
    if (!f.truncated) out.set(`${dir}/_SUCCESS`, "");
  }
  return out;
}

/** The zip's bytes (fflate, loaded when first asked for). */
export async function textFilesZip(files: readonly OutputFile[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import("fflate");
  const tree: Record<string, Uint8Array> = {};
  for (const [path, text] of zipEntries(files)) tree[path] = strToU8(text);
  return zipSync(tree, { level: 6 });
}
