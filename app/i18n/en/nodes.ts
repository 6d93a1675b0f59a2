// Node cards on the canvas, their live badges and the batch tokens on edges.
export const nodes = {
  rename: "{{title}}\nDouble-click to rename",
  labelInput: "Node label",
  unknownKind: 'unknown kind "{{kind}}"',
  input: "{{title}} input",
  namedInput: "{{title}} {{name}} input",
  output: "{{title}} output",
  live: {
    waiting: "{{batches}} waiting ({{records}})",
    waitingTitle: "Batches queued or processing (one job set at a time)",
    noRdd: "no RDD: waits for the window's slide",
    noRddReason:
      "No job needed this node's RDD at this batch time: a window downstream only computes when it slides (every slide interval), so Spark generates no RDD here until then.",
    windowHolds: "Window holds batches {{times}}",
    holdsNone: "holds no batch yet",
    holdsOne: "holds {{time}}",
    holdsRange: "holds {{first}} … {{last}} ({{batches}})",
    state: "state: {{keys}}",
  },
  token: "RDD of {{source}} at {{time}}: {{records}} in {{partitions}} (click for records)",
};
