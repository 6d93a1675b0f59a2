// Keeps what Spark's batch page shows for the latest batches: a StreamingListener (output operations)
// and a JobListener (jobs, marked with their batch and output operation by the scheduler's local
// properties). Bounded: the last `batches` batches, `jobsPerOp` jobs per operation, `rddsPerJob` RDDs
// and `stagesPerJob` stages per job. Jobs outside an output operation (the engine's own reads) are not
// recorded.
import {
  BATCH_TIME_PROPERTY,
  type JobEnd,
  type JobListener,
  type JobStart,
  OUTPUT_OP_ID_PROPERTY,
} from "../core/jobEvents";
import { now } from "../scheduler/clock";
import type { OutputOperationInfo, StreamingListener } from "./BatchInfo";
import type { BatchDetail, JobInfo, OutputOpDetail } from "./batchDetail";
import { type JobGraph, jobGraph, StageIds, settleStages } from "./jobGraph";

export const DETAIL_LIMITS = { batches: 200, jobsPerOp: 20, rddsPerJob: 60, stagesPerJob: 24 };

interface RunningJob {
  job: JobInfo;
  graph: JobGraph;
  startedAt: number;
}

export class BatchDetailRecorder implements StreamingListener, JobListener {
  private readonly details = new Map<number, BatchDetail>();
  private readonly running = new Map<number, RunningJob>();
  private readonly stageIds = new StageIds();

  constructor(private readonly limits = DETAIL_LIMITS) {}

  /** The detail of a batch still held, or undefined. */
  get(batchTime: number): BatchDetail | undefined {
    return this.details.get(batchTime);
  }

  onOutputOperationStarted(info: OutputOperationInfo): void {
    let detail = this.details.get(info.batchTime);
    if (!detail) {
      detail = { batchTime: info.batchTime, outputOps: [] };
      this.details.set(info.batchTime, detail);
      // Maps iterate in insertion order: the first key is the oldest batch.
      if (this.details.size > this.limits.batches) this.details.delete(this.details.keys().next().value!);
    }
    detail.outputOps.push({
      id: info.id,
      name: info.name,
      streamId: info.streamId,
      status: "running",
      jobs: [],
      jobsOmitted: 0,
    });
  }

  onOutputOperationCompleted(info: OutputOperationInfo): void {
    const op = this.op(info.batchTime, info.id);
    if (!op) return;
    op.durationMs = info.durationMs;
    op.failureReason = info.failureReason;
    op.status = info.failureReason === undefined ? "succeeded" : "failed";
  }

  onJobStart(start: JobStart): void {
    const batchTime = start.properties.get(BATCH_TIME_PROPERTY);
    const opId = start.properties.get(OUTPUT_OP_ID_PROPERTY);
    if (batchTime === undefined || opId === undefined) return;
    const op = this.op(Number(batchTime), Number(opId));
    if (!op) return;
    if (op.jobs.length >= this.limits.jobsPerOp) {
      op.jobsOmitted++;
      return;
    }
    const graph = jobGraph(start.rdd, start.callSite, start.partitions.length, this.stageIds, {
      maxRdds: this.limits.rddsPerJob,
      maxStages: this.limits.stagesPerJob,
    });
    const job: JobInfo = {
      jobId: start.jobId,
      callSite: start.callSite,
      status: "running",
      stages: graph.stages,
      rdds: graph.rdds,
      truncated: graph.truncated,
    };
    op.jobs.push(job);
    this.running.set(start.jobId, { job, graph, startedAt: now() });
  }

  onJobEnd(end: JobEnd): void {
    const run = this.running.get(end.jobId);
    if (!run) return;
    this.running.delete(end.jobId);
    const failed = end.error !== undefined;
    run.job.durationMs = now() - run.startedAt;
    run.job.status = failed ? "failed" : "succeeded";
    if (failed) run.job.failureReason = end.error instanceof Error ? end.error.message : String(end.error);
    settleStages(run.graph, failed);
  }

  private op(batchTime: number, id: number): OutputOpDetail | undefined {
    return this.details.get(batchTime)?.outputOps.find((o) => o.id === id);
  }
}
