// What the worker reports for the lessons' experiments on the real engine: the StreamingContext
// lifecycle calls the student makes (lesson 3) and what an injected executor loss did (lesson 9).
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

export type LessonEvent =
  | {
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
    }
  | {
      kind: "executorLost";
      executor: number;
      batchTimeMs: number;
      /** Cached partitions that were on the lost executor, per node: recomputed from lineage when read. */
      lostPartitions: { nodeId: string; batchTimeMs: number; partitions: number[] }[];
      /** The nodes that recomputed lost partitions in the batch after the loss, each with its lineage path. */
      recomputed: { nodeId: string; batchTimeMs: number; partitions: number[]; lineage: string[] }[];
      /** Received records in blocks only the lost executor held: lost without the write-ahead log. */
      receiverRecordsLost: number;
      receiverRecordsReplayed: number;
      writeAheadLog: boolean;
      /** The newest checkpointed state a stateful node restarts its lineage from. */
      checkpointRestarts: { nodeId: string; fromBatchTimeMs: number }[];
    };
