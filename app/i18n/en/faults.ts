// The fault model's panel and canvas overlay (app/canvas/fault): a simulated executor loss.
export const faults = {
  toggle: "Faults (simulated)",
  title: "Simulated cluster",
  simulatedNote:
    "Simulated: the executors, their memory and the write-ahead log are the engine's model of a cluster, not real machines.",
  executor: "Executor {{id}}",
  receivers: "receivers: {{nodes}}",
  noReceivers: "no receiver",
  lose: "Simulate executor loss",
  loseTitle: "Lose executor {{id}} while the next batch is processing (simulated)",
  pending: "Executor {{id}} will be lost while the next batch is processing. Step or run a batch.",
  wal: "Write-ahead log",
  walDoc:
    "spark.streaming.receiver.writeAheadLog.enable: receivers write every block to a log in the checkpoint directory before storing it. Applies at the next start.",
  walRunning: "This run: write-ahead log {{state}}, checkpointing {{checkpoint}}.",
  on: "on",
  off: "off",
  restartNote: "Stop and run again to apply the change.",
  report: {
    title: "Executor {{id}} was lost during batch {{time}}",
    replaced: "Executor {{id}} started in its place; tasks and receivers moved there.",
    partitions: "Cached partitions lost: {{count}}",
    shuffles: "Shuffle outputs lost: {{count}}",
    blocksLost: "Receiver blocks lost: {{count}} ({{records}} records)",
    blocksReplayed:
      "Receiver blocks lost, read back from the write-ahead log: {{count}} ({{records}} records)",
    recomputed: "Partitions recomputed from lineage: {{count}}",
    checkpoint: "Partitions read from the last checkpoint: {{count}}",
    failure: "The batch failed: {{message}}",
  },
  compare: {
    waiting: "Comparing with the same pipeline run without the fault…",
    equal: "Output after the fault equals the output without it ({{count}} batches compared).",
    differs:
      "Output after the fault differs from the output without it: {{missing}} lines missing, {{extra}} extra.",
    batch: "{{time}}: {{state}}",
    same: "same",
    different: "different",
  },
  badge: {
    recomputed: "↻ {{count}} recomputed",
    checkpoint: "from checkpoint",
    wal: "from the log",
    lost: "blocks lost",
    cachedLost: "cache lost",
  },
  lineage: "recomputed from",
};
