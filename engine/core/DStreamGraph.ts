// Spark's DStreamGraph: the input and output streams of a context; start() initialises and validates
// every stream reachable from an output, generateJobs(t) asks each output for its job at t.

import type { DStream } from "./DStream";
import { requireThat } from "./errors";
import { formatMs } from "./time";

export interface Job {
  timeMs: number;
  outputStream: DStream<any>;
  run: () => void;
}

export interface OutputDStream {
  generateJob(timeMs: number): Job | undefined;
}

export class DStreamGraph {
  readonly inputStreams: DStream<any>[] = [];
  readonly outputStreams: (DStream<any> & OutputDStream)[] = [];
  zeroTime?: number;
  rememberDuration?: number;

  constructor(readonly batchDuration: number) {}

  addInputStream(stream: DStream<any>): void {
    this.inputStreams.push(stream);
  }

  addOutputStream(stream: DStream<any> & OutputDStream): void {
    this.outputStreams.push(stream);
  }

  validate(): void {
    requireThat(this.outputStreams.length > 0, "No output operations registered, so nothing to execute");
  }

  remember(durationMs: number): void {
    requireThat(
      this.rememberDuration === undefined,
      () => `Remember duration already set as ${formatMs(this.rememberDuration!)}. Cannot set it again.`,
    );
    this.rememberDuration = durationMs;
  }

  start(zeroTimeMs: number): void {
    this.zeroTime = zeroTimeMs;
    for (const s of this.outputStreams) s.initialize(zeroTimeMs);
    for (const s of this.outputStreams) s.remember(this.rememberDuration);
    for (const s of this.outputStreams) s.validateAtStart();
  }

  generateJobs(timeMs: number): Job[] {
    const jobs: Job[] = [];
    for (const s of this.outputStreams) {
      const job = s.generateJob(timeMs);
      if (job) jobs.push(job);
    }
    return jobs;
  }

  clearMetadata(timeMs: number): void {
    for (const s of this.outputStreams) s.clearMetadata(timeMs);
  }

  /** Every stream reachable from an output (plus inputs), in dependency order. */
  allStreams(): DStream<any>[] {
    const seen = new Set<DStream<any>>(this.inputStreams);
    for (const out of this.outputStreams) for (const s of out.lineage()) seen.add(s);
    return [...seen].sort((a, b) => a.id - b.id);
  }
}
