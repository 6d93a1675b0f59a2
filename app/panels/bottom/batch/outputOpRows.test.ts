import { describe, expect, it } from "vitest";
import type { JobInfo, OutputOpMessage } from "../../../../engine/protocol/messages";
import { jobCounts, outputOpRows } from "./outputOpRows";

const stage = (stageId: number, status: JobInfo["stages"][0]["status"], numTasks: number) => ({
  stageId,
  name: "map",
  kind: "shuffleMap" as const,
  numTasks,
  status,
  parentStageIds: [],
  rddIds: [],
});
const job = (jobId: number, stages: JobInfo["stages"]): JobInfo => ({
  jobId,
  callSite: "take",
  status: "succeeded",
  stages,
  rdds: [],
  truncated: false,
});
const op = (id: number, jobs: JobInfo[]): OutputOpMessage => ({
  id,
  name: "print",
  streamId: 3,
  status: "succeeded",
  jobs,
  jobsOmitted: 0,
});

describe("the batch page's output operations table", () => {
  it("counts stages and tasks as Spark does: skipped stages out of the total", () => {
    const counts = jobCounts(
      job(0, [stage(0, "skipped", 4), stage(1, "succeeded", 2), stage(2, "failed", 3)]),
    );
    expect(counts).toEqual({
      stagesSucceeded: 1,
      stagesTotal: 2,
      stagesFailed: 1,
      stagesSkipped: 1,
      tasksSucceeded: 2,
      tasksTotal: 5,
    });
  });

  it("gives each job a row under its operation, and an operation without jobs one row", () => {
    const rows = outputOpRows([op(0, [job(0, []), job(1, [])]), op(1, [])]);
    expect(rows.map((r) => [r.op.id, r.first, r.span, r.job?.jobId])).toEqual([
      [0, true, 2, 0],
      [0, false, 2, 1],
      [1, true, 1, undefined],
    ]);
  });
});
