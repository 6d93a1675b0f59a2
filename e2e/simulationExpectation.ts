// The expected records of a node, computed by the engine in Node (no browser) from the same example
// document and seed, batch by batch on the manual clock: what the page must show after as many Steps.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compilePipeline } from "../engine/graph/compile";
import { parsePipeline } from "../engine/graph/schema";

export interface ExpectedBatch {
  batchTimeMs: number;
  records: [unknown, unknown][];
}

export async function expectedNodeBatches(
  exampleFile: string,
  nodeId: string,
  batches: number,
): Promise<ExpectedBatch[]> {
  const path = fileURLToPath(new URL(`../public/examples/${exampleFile}`, import.meta.url));
  const parsed = parsePipeline(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(`${exampleFile}: ${parsed.errors.join("; ")}`);
  const compiled = compilePipeline(parsed.doc);
  const stream = compiled.streams.get(nodeId);
  if (!stream) throw new Error(`${exampleFile} has no node "${nodeId}"`);
  const seen: ExpectedBatch[] = [];
  stream.foreachRDD((rdd, t) => {
    seen.push({ batchTimeMs: t, records: rdd.collect() as [unknown, unknown][] });
  });
  compiled.ssc.start();
  await compiled.ssc.advance(batches);
  compiled.ssc.stop();
  return seen;
}
