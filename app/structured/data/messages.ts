// Picks the Structured Streaming trigger reports out of the worker's messages: the one place that knows
// the engine's message for a completed trigger.
import type { TriggerReport } from "./protocol";

export function triggerReportsOf(inputs: readonly { type: string }[]): TriggerReport[] {
  const reports: TriggerReport[] = [];
  for (const msg of inputs) {
    if (msg.type === "structuredTrigger") reports.push((msg as unknown as { report: TriggerReport }).report);
  }
  return reports;
}
