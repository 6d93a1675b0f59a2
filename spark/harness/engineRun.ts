// Runs a pipeline document on the engine, in process, on the manual clock, and collects for every
// output operation (in the compiler's order, which is also the exported program's) the full RDD of the
// stream it consumes, per batch, plus what print() printed. The same shape the Spark runners return.
import { formatRecord } from "../../engine/core/format";
import { getKind } from "../../engine/graph/catalog";
import { compilePipeline } from "../../engine/graph/compile";
import { buildTopology } from "../../engine/graph/topology";
import type { PipelineDocument } from "../../engine/graph/types";
import { SqliteDatabase } from "../../engine/sinks/db/SqliteDatabase";
import { InMemoryFileSystem } from "../../engine/sinks/fileSystem";
import { canon, commonGroupPaths, type Path } from "./canon";

export interface BatchRecords {
  /** canon() of every record of the batch's RDD. */
  records: string[];
  /** Scala's toString of every record (what the Scala export prints and saves). */
  text: string[];
  /** Where every record holds grouped values (Spark's buffers): read as bags on the Spark side too. */
  groupPaths: Path[];
  /** print(): the record lines it printed (without the header), "..." included. */
  printed?: string[];
}

export interface OutputRecords {
  nodeId: string;
  kind: string;
  /** Keyed by batch time in ms; a batch where the operation produced nothing is absent. */
  batches: Map<number, BatchRecords>;
}

export interface EngineRun {
  outputs: OutputRecords[];
  error?: string;
}

/** The output nodes in the compiler's (and the exports') order. */
export function outputNodes(doc: PipelineDocument) {
  return buildTopology(doc).order.filter((n) => getKind(n.kind)?.isOutput);
}

// The runners' loops (two PySpark drivers and the Scala side) await their engine runs at the same time;
// the engine, as Spark, allows one started StreamingContext at a time, so the runs take turns.
let turn: Promise<unknown> = Promise.resolve();

export function runOnEngine(doc: PipelineDocument, batches: number): Promise<EngineRun> {
  const run = turn.then(() => runAlone(doc, batches));
  turn = run.catch(() => undefined);
  return run;
}

async function runAlone(doc: PipelineDocument, batches: number): Promise<EngineRun> {
  const printed = new Map<string, Map<number, string[]>>();
  const databases: SqliteDatabase[] = [];
  let compiled: ReturnType<typeof compilePipeline>;
  try {
    compiled = compilePipeline(doc, {
      fileSystem: new InMemoryFileSystem(),
      // The same SQLite the CLI writes (prepare() gave the file a directory of this side's).
      database: (file) => {
        const db = new SqliteDatabase(file);
        databases.push(db);
        return db;
      },
      sink: {
        print: (id, timeMs, lines) => {
          if (!printed.has(id)) printed.set(id, new Map());
          // Lines: rule, "Time: ...", rule, records..., "" (Spark's DStream.print).
          printed.get(id)!.set(timeMs, lines.slice(3, -1));
        },
      },
    });
  } catch (e) {
    for (const db of databases) db.close();
    return {
      outputs: [],
      error: `the engine cannot build it: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const outputs: OutputRecords[] = outputNodes(doc).map((node) => {
    const output: OutputRecords = { nodeId: node.id, kind: node.kind, batches: new Map() };
    compiled.streams.get(node.id)!.foreachRDD((rdd: { collectPartitions(): unknown[][] }, timeMs: number) => {
      const records = rdd.collectPartitions().flat();
      output.batches.set(timeMs, {
        records: records.map(canon),
        text: records.map(formatRecord),
        groupPaths: commonGroupPaths(records),
      });
    });
    return output;
  });
  let error: string | undefined;
  compiled.ssc.start();
  try {
    await compiled.ssc.advance(batches);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  } finally {
    compiled.ssc.stop();
    // Hundreds of runs share this process: each closes the files it opened.
    for (const db of databases) db.close();
  }
  for (const o of outputs)
    for (const [t, lines] of printed.get(o.nodeId) ?? []) {
      const batch = o.batches.get(t);
      if (batch) batch.printed = lines;
    }
  return { outputs, error };
}
