// The run panel's words the first screen can show: the status line, "edited since Run" and the
// real-world sources' node status. The panes' words (live.ts) load with the panes.
export const liveOnFirstScreen = {
  status: {
    dismiss: "Dismiss",
    noBatch: "no batch",
    batch: "batch {{time}}",
    backpressure: "Backpressure",
    backpressureTitle: "spark.streaming.backpressure.enabled: a PID rate estimator limits the receivers",
  },
  edited: {
    title: "Edited since Run:",
    text: "changes apply on the next Run (Spark can't change a started StreamingContext's graph)",
    tooltip:
      "Changes apply on the next Run: Spark can't change a started StreamingContext's DStream graph. Changed since Run: {{edits}}.",
    restart: "Restart",
    restartTitle: "Stop this run and start one with the edited pipeline (batches start again from 0).",
    fixFirst: "Fix the pipeline's errors first: the run goes on with the document it started with.",
  },
  realWorld: {
    state: {
      idle: "not running",
      connecting: "connecting",
      connected: "connected",
      reconnecting: "reconnecting",
      watching: "watching",
      closed: "closed",
      failed: "failed",
    },
    sent: "{{n}} sent",
    received: "{{n}} received",
    dropped: " · {{n}} dropped",
    dropHere: "Drop files here, or ",
    runThenDrop: "Run, then drop files here, or ",
    pickFiles: "pick files",
    folder: "a folder",
    tooBig: " · {{n}} over 20 MB skipped",
  },
};
