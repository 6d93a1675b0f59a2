// Writes every corpus document's TypeScript, PySpark and Scala export (or the error it throws) to
// <outDir>/<name>.{ts,py,scala}: run before and after a refactor of the exporters and `diff -r` the two.
//   npx tsx engine/codegen/corpus/exportCorpus.ts /tmp/corpus-before
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toPySpark } from "../pyspark";
import { toScala } from "../scala";
import { toTypeScript } from "../typescript";
import { corpus } from "./corpus";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: npx tsx engine/codegen/corpus/exportCorpus.ts <outDir>");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const targets = { ts: toTypeScript, py: toPySpark, scala: toScala };
const docs = corpus();
let files = 0;
for (const { name, doc } of docs)
  for (const [ext, generate] of Object.entries(targets)) {
    let text: string;
    try {
      const out = generate(doc);
      text = `${out.filename}\n${JSON.stringify(out.stubs)}\n${out.code}`;
    } catch (e) {
      text = `ERROR: ${e instanceof Error ? e.message : String(e)}\n`;
    }
    writeFileSync(join(outDir, `${name}.${ext}`), text);
    files++;
  }
console.log(`${docs.length} documents, ${files} files in ${outDir}`);
