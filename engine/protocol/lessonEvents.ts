// What the worker reports for the lessons' experiments on the real engine: the StreamingContext
// lifecycle calls the student makes (lesson 3).
// Plain data; part of the one protocol (messages.ts carries it as `{ type: "lessonEvent" }`).

/** A StreamingContext call the lifecycle lesson makes on the running pipeline's context. */
export type LifecycleCall = "start" | "addOperation" | "stop" | "stopAll" | "restart" | "secondContext";

/** How each call reads in a PySpark program (the lecture's code). */
export const LIFECYCLE_CODE: Record<LifecycleCall, string> = {
  start: "ssc.start()",
  addOperation: "lines.map(lambda x: x)",
  stop: "ssc.stop(stopSparkContext=False)",
  stopAll: "ssc.stop()",
  restart: "ssc.start()  # again, after stop()",
  secondContext: "ssc2 = StreamingContext(sc, 1); ...; ssc2.start()",
};

export type LessonEvent = {
  kind: "lifecycle";
  call: LifecycleCall;
  /** The call as a Spark program would write it (PySpark). */
  code: string;
  ok: boolean;
  /** What happened: Spark's own exception message when refused. */
  message: string;
  /** The context's state after the call, and whether its SparkContext is stopped. */
  state: "INITIALIZED" | "ACTIVE" | "STOPPED";
  sparkContextStopped: boolean;
};
