// The fault model's entry: lose a (simulated) executor while a batch is processing. The request takes
// effect in the next batch that starts: after its first output operation when it has several (so the
// loss is mid-batch: some of its jobs are done, the rest must recompute what was lost), else before its
// jobs. From then on every partition read is watched (RecoveryRecorder), and a report of what was lost
// and how it was rebuilt goes to `onReport` after the batch hit and after each of the next few.
import type { BatchInfo, OutputOperationInfo, StreamingListener } from "../metrics/BatchInfo";
import type { StreamingContext } from "../scheduler/StreamingContext";
import { SimulatedCluster } from "./cluster";
import { loseExecutor } from "./loseExecutor";
import { RecoveryRecorder } from "./RecoveryRecorder";
import { liveRdds } from "./rddOwners";
import type { ExecutorLossReport } from "./report";

/** Batches after the one hit whose recomputation still goes into its report. */
const FOLLOW_BATCHES = 3;

export class FaultInjector implements StreamingListener {
  readonly cluster: SimulatedCluster;
  readonly reports: ExecutorLossReport[] = [];
  onReport?: (report: ExecutorLossReport) => void;
  private pending?: string;
  private armedBatch?: number;
  private recorder?: RecoveryRecorder;
  private owners = new Map<number, { streamId: number; batchTime: number }>();
  private followed = 0;

  constructor(
    private readonly ssc: StreamingContext,
    executors: number,
  ) {
    this.cluster = new SimulatedCluster(executors);
    ssc.addStreamingListener(this);
  }

  /** The executor receiver number `index` runs on now. */
  receiverExecutor(index: number): string {
    return this.cluster.receiverExecutor(index);
  }

  /** Loses `executorId` in the next batch that starts. Throws for an executor the cluster does not have. */
  loseExecutor(executorId: string): void {
    if (this.cluster.slotOf(executorId) < 0) {
      throw new Error(
        `No executor ${executorId}: the simulated cluster has ${this.cluster.executorIds().join(", ")}`,
      );
    }
    this.pending = executorId;
  }

  get pendingLoss(): string | undefined {
    return this.pending;
  }

  onBatchStarted(info: BatchInfo): void {
    if (this.recorder) {
      this.recorder.atBatch = info.batchTime;
      this.refreshOwners();
    }
    if (this.pending === undefined) return;
    if (info.numOutputOps > 1) this.armedBatch = info.batchTime;
    else this.fire(info.batchTime, "beforeJobs");
  }

  onOutputOperationCompleted(op: OutputOperationInfo): void {
    if (this.armedBatch === op.batchTime && op.id === 0) this.fire(op.batchTime, "afterFirstOutputOperation");
  }

  onBatchCompleted(info: BatchInfo): void {
    const report = this.reports[this.reports.length - 1];
    if (!report || info.batchTime < report.batchTime || this.followed > FOLLOW_BATCHES) return;
    // Past the batches followed, reads are no longer watched (a lost partition read later is rebuilt all
    // the same, unrecorded).
    if (this.followed === FOLLOW_BATCHES && this.ssc.sparkContext.recovery === this.recorder)
      this.ssc.sparkContext.recovery = undefined;
    if (info.batchTime === report.batchTime) report.failure = info.failureReason;
    this.followed++;
    report.steps = [...(this.recorder?.steps ?? [])];
    report.stepsTruncated = this.recorder?.truncated ?? false;
    this.onReport?.(report);
  }

  private fire(batchTime: number, when: ExecutorLossReport["when"]): void {
    const executorId = this.pending!;
    this.pending = undefined;
    this.armedBatch = undefined;
    const effects = loseExecutor(this.ssc, this.cluster, executorId);
    this.recorder = new RecoveryRecorder((id) => this.owners.get(id));
    this.recorder.atBatch = batchTime;
    this.refreshOwners();
    this.ssc.sparkContext.recovery = this.recorder;
    this.followed = 0;
    this.reports.push({ ...effects, batchTime, when, steps: [], stepsTruncated: false });
  }

  private refreshOwners(): void {
    const { owners } = liveRdds(this.ssc);
    for (const [id, o] of owners) this.owners.set(id, { streamId: o.stream.id, batchTime: o.batchTime });
  }
}
