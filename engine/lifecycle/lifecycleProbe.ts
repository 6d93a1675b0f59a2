// The StreamingContext calls the lifecycle lesson lets a student make on the running pipeline's
// context, each answered by the engine itself: what Spark allows, and Spark's own exception when it
// refuses (a transformation added after start, a stopped context started again, a second active one).
import type { DStream } from "../core/DStream";
import { type LessonEvent, LIFECYCLE_CODE, type LifecycleCall } from "../protocol/lessonEvents";
import { StreamingContext } from "../scheduler/StreamingContext";

type LifecycleEvent = Extract<LessonEvent, { kind: "lifecycle" }>;

/**
 * Makes `call` on `ssc`; `stream` is any DStream of its graph (the one a new operation is added to).
 * Never throws: a refusal comes back with Spark's message.
 */
export function probeLifecycle(
  ssc: StreamingContext,
  stream: DStream<unknown>,
  call: LifecycleCall,
): LifecycleEvent {
  let ok = true;
  let message: string;
  try {
    message = perform(ssc, stream, call);
  } catch (e) {
    ok = false;
    message = e instanceof Error ? e.message : String(e);
  }
  return {
    kind: "lifecycle",
    call,
    code: LIFECYCLE_CODE[call],
    ok,
    message,
    state: ssc.getState(),
    sparkContextStopped: ssc.sparkContext.isStopped,
  };
}

function perform(ssc: StreamingContext, stream: DStream<unknown>, call: LifecycleCall): string {
  switch (call) {
    case "start":
    case "restart":
      ssc.start();
      return "StreamingContext started: batches are generated every batch interval";
    case "addOperation":
      stream.map((x) => x);
      return "A new transformation was added (the context has not started yet)";
    case "stop":
      ssc.stop({ stopSparkContext: false });
      return "StreamingContext stopped; its SparkContext is still active";
    case "stopAll":
      ssc.stop();
      return "StreamingContext and its SparkContext stopped";
    case "secondContext": {
      // `StreamingContext(sc, 1)` runs on the first context's SparkContext: touching it fails once stopped.
      ssc.sparkContext.parallelize([]);
      const second = new StreamingContext({ batchIntervalMs: ssc.batchDuration });
      second.queueStream([[1]]).print();
      try {
        second.start();
      } catch (e) {
        second.stop();
        throw e;
      }
      second.stop({ stopSparkContext: false });
      return "A second StreamingContext started (the first is stopped), then stopped again";
    }
  }
}
