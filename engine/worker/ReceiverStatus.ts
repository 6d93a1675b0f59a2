// Spark's ReceiverInfo for the Streaming UI's receivers table: each receiver source's state after a
// batch. Receivers are spread over the (simulated) cluster's executors in turn, as Spark's
// ReceiverSchedulingPolicy spreads them evenly; an error's time is the batch at which it was first seen.
import type { CompiledPipeline } from "../graph/compile";
import type { ReceiverInfoMessage } from "../protocol/messages";
import type { ReceiverControls } from "./ReceiverControls";

export class ReceiverStatus {
  private readonly seenErrors = new Map<string, { seq: number; timeMs: number }>();

  constructor(
    private readonly program: CompiledPipeline,
    private readonly controls: ReceiverControls,
    /** The executor receiver number i runs on (the fault model's cluster; a lost one is replaced). */
    private readonly executorOf: (i: number) => string,
  ) {}

  after(batchTimeMs: number): ReceiverInfoMessage[] {
    const infos: ReceiverInfoMessage[] = [];
    let i = 0;
    for (const [nodeId, receiver] of this.program.receivers) {
      const stream = this.program.streams.get(nodeId);
      const info: ReceiverInfoMessage = {
        nodeId,
        streamId: stream?.id ?? -1,
        active: this.controls.isActive(nodeId),
        executorId: this.executorOf(i++),
      };
      const error = receiver.lastError();
      if (error) {
        let seen = this.seenErrors.get(nodeId);
        if (!seen || seen.seq !== error.seq) {
          seen = { seq: error.seq, timeMs: batchTimeMs };
          this.seenErrors.set(nodeId, seen);
        }
        Object.assign(info, {
          lastErrorMessage: error.message,
          lastError: error.error,
          lastErrorTimeMs: seen.timeMs,
        });
      }
      infos.push(info);
    }
    return infos;
  }
}
