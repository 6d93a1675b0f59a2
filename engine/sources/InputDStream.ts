// Spark's InputDStream: no parents, slides with the batch interval, registered with the graph as an input.
import { DStream } from "../core/DStream";
import type { StreamingContext } from "../scheduler/StreamingContext";

export abstract class InputDStream<T> extends DStream<T> {
  constructor(ssc: StreamingContext, name: string) {
    super(ssc, name);
    ssc.graph.addInputStream(this);
  }

  get dependencies(): readonly DStream<any>[] {
    return [];
  }

  get slideDuration(): number {
    return this.ssc.batchDuration;
  }

  /** Called by ssc.start(). */
  start(): void {}
  /** Called by ssc.stop(). */
  stop(): void {}

  /** Tell the scheduler how many input records this stream brought into the batch (BatchInfo.numRecords). */
  protected reportInputRecords(timeMs: number, numRecords: number): void {
    this.ssc.inputInfoTracker.report(timeMs, this.id, numRecords);
  }
}
