import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePipeline } from "../graph/compile";
import { parsePipeline } from "../graph/schema";
import type { PipelineDocument } from "../graph/types";
import { FaultSession } from "./FaultSession";

// Lesson 9's pipeline: a receiver's words counted per batch and in a running total checkpointed every 2 s.
function lessonDoc(writeAheadLog: boolean): PipelineDocument {
  const parsed = parsePipeline(
    JSON.parse(readFileSync("public/lessons/pipelines/fault-tolerance.json", "utf8")),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return { ...parsed.doc, settings: { ...parsed.doc.settings, writeAheadLog } };
}

async function runLesson(writeAheadLog: boolean, executor: string) {
  const doc = lessonDoc(writeAheadLog);
  let session: FaultSession | undefined;
  const program = compilePipeline(doc, {
    isolated: true,
    sink: { print: (nodeId, t, lines) => session?.observePrint(nodeId, t, lines) },
  });
  session = new FaultSession(doc, program);
  const completed: number[] = [];
  program.ssc.addStreamingListener({ onBatchCompleted: (i) => void completed.push(i.batchTime) });
  program.ssc.start();
  const errors: string[] = [];
  for (let b = 1; b <= 8; b++) {
    if (b === 4) session.loseExecutor(executor);
    await program.ssc.advance(1).catch((e: Error) => errors.push(e.message));
    for (const t of completed.splice(0)) await session.afterBatch(t);
  }
  const status = session.status();
  program.ssc.stop();
  session.dispose();
  return { status, errors };
}

describe("FaultSession on lesson 9's pipeline", () => {
  it("losing the executor without a receiver: recomputed from lineage and the checkpoint, same output", async () => {
    const { status, errors } = await runLesson(false, "1");
    expect(errors).toEqual([]);
    expect(status.report?.lostBlocks).toEqual([]);
    expect(status.comparison).toHaveLength(5);
    expect(status.comparison.every((c) => c.equal)).toBe(true);
    const sources = new Set(status.report!.steps.map((s) => s.source));
    expect(sources.has("recomputed")).toBe(true);
    expect(sources.has("checkpoint")).toBe(true);
    expect(Object.values(status.report!.nodeOfStream)).toContain("totals");
  });

  it("losing the receiver's executor without the write-ahead log: the output differs", async () => {
    const { status, errors } = await runLesson(false, "0");
    expect(errors[0]).toMatch(/^Could not compute split, block input-/);
    expect(status.report!.lostBlocks.length).toBeGreaterThan(0);
    expect(status.comparison[0].equal).toBe(false);
    expect(status.comparison[0].missing).toBeGreaterThan(0);
  });

  it("with the write-ahead log: blocks read back from the log, the output after the fault equals the output without", async () => {
    const { status, errors } = await runLesson(true, "0");
    expect(errors).toEqual([]);
    expect(status.writeAheadLog).toBe(true);
    expect(status.report!.lostBlocks.every((b) => b.inWriteAheadLog)).toBe(true);
    expect(status.report!.steps.some((s) => s.source === "writeAheadLog")).toBe(true);
    expect(status.comparison).toHaveLength(5);
    expect(status.comparison.every((c) => c.equal)).toBe(true);
    expect(status.receivers).toEqual([{ nodeId: "lines", executorId: "2" }]);
  });
});
