// Rewrites spark/known-differences.json from the JSON-lines logs of runs (`npm run test:spark -- --log
// FILE`), e.g. of a PySpark run and a Scala run made separately: `tsx spark/harness/knownFromLog.ts A B`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classify } from "./classify";
import type { Mismatch } from "./compare";
import { loadKnown, writeKnown } from "./known";

const file = join(resolve(import.meta.dirname, "../.."), "spark/known-differences.json");
const mismatches: Mismatch[] = process.argv
  .slice(2)
  .flatMap((log) => readFileSync(log, "utf8").split("\n"))
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Mismatch & { ran?: string })
  .filter((x) => x.ran === undefined);
writeKnown(file, existsSync(file) ? loadKnown(file) : { classes: {}, entries: [] }, mismatches, classify);
console.log(`${mismatches.length} mismatches written to ${file}`);
