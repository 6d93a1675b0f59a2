// The structured run panel's words, in one place (to move to the studio's message catalog).
export const panelStrings = {
  region: "Structured Streaming run",
  tabs: { eventTime: "Event time", charts: "Charts", console: "Console", errors: "Errors" },
  collapse: "Collapse run panel",
  expand: "Expand run panel",
  noTrigger: "no trigger",
  lastTrigger: (batchId: number) => `trigger ${batchId}`,
  watermark: (text: string) => `watermark ${text}`,
  dropped: (n: number) => `${n} late row${n === 1 ? "" : "s"} dropped`,
  compare: "Compare…",
  compareTitle: "Run this query beside another over the same input",
};
