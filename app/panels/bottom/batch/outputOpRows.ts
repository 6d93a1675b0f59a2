// Spark's batch page table: one row per job, grouped under its output operation (an operation without
// jobs still has its row), with "Stages: Succeeded/Total" and "Tasks (for all stages): Succeeded/Total"
// as Spark counts them (skipped stages are not in the total). Pure.
import type { JobInfo, OutputOpMessage } from "../../../../engine/protocol/messages";

export interface JobCounts {
  stagesSucceeded: number;
  stagesTotal: number;
  stagesFailed: number;
  stagesSkipped: number;
  tasksSucceeded: number;
  tasksTotal: number;
}

export function jobCounts(job: JobInfo): JobCounts {
  const counts: JobCounts = {
    stagesSucceeded: 0,
    stagesTotal: 0,
    stagesFailed: 0,
    stagesSkipped: 0,
    tasksSucceeded: 0,
    tasksTotal: 0,
  };
  for (const s of job.stages) {
    if (s.status === "skipped") {
      counts.stagesSkipped++;
      continue;
    }
    counts.stagesTotal++;
    counts.tasksTotal += s.numTasks;
    if (s.status === "succeeded") {
      counts.stagesSucceeded++;
      counts.tasksSucceeded += s.numTasks;
    } else if (s.status === "failed") counts.stagesFailed++;
  }
  return counts;
}

export interface OpRow {
  op: OutputOpMessage;
  /** The op's first row carries its cells (rowSpan over its jobs). */
  first: boolean;
  span: number;
  job?: JobInfo;
  counts?: JobCounts;
}

export function outputOpRows(ops: readonly OutputOpMessage[]): OpRow[] {
  const rows: OpRow[] = [];
  for (const op of ops) {
    const span = Math.max(1, op.jobs.length);
    if (op.jobs.length === 0) rows.push({ op, first: true, span });
    op.jobs.forEach((job, i) => {
      rows.push({ op, first: i === 0, span, job, counts: jobCounts(job) });
    });
  }
  return rows;
}
