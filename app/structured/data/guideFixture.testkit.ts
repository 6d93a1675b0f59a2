// A hand-made run for the page's tests: the programming guide's windowed word count with a watermark
// (10-minute windows sliding every 5, watermark 10 minutes), three triggers, one late row kept and one
// dropped, shaped as Spark's StreamingQueryProgress.
import type { OutputMode, StreamingQueryProgress, TriggerReport } from "./protocol";

const at = (hhmm: string) => Date.parse(`2026-01-01T${hhmm}:00Z`);
const iso = (ms: number) => new Date(ms).toISOString();

function progress(batchId: number, timestampMs: number, rows: number, watermarkMs: number, dropped: number) {
  const p: StreamingQueryProgress = {
    id: "q",
    runId: "r",
    name: "wordCounts",
    timestamp: iso(timestampMs),
    batchId,
    numInputRows: rows,
    inputRowsPerSecond: rows / 300,
    processedRowsPerSecond: rows / 0.05,
    durationMs: {
      addBatch: 30,
      getBatch: 2,
      latestOffset: 1,
      queryPlanning: 8,
      triggerExecution: 50,
      walCommit: 5,
    },
    eventTime: { watermark: iso(watermarkMs), max: iso(watermarkMs + 600_000) },
    stateOperators: [
      {
        operatorName: "stateStoreSave",
        numRowsTotal: 4,
        numRowsUpdated: rows,
        numRowsDroppedByWatermark: dropped,
      },
    ],
  };
  return p;
}

export function guideTriggers(outputMode: OutputMode = "update"): TriggerReport[] {
  const base = {
    outputMode,
    trigger: "processingTime" as const,
    columns: ["window", "word", "count"],
    keyColumns: ["window", "word"],
    truncated: false,
  };
  const w = (from: string, to: string) => ({ start: iso(at(from)), end: iso(at(to)) });
  return [
    {
      ...base,
      progress: progress(0, at("12:10"), 2, 0, 0),
      watermarkMs: 0,
      nextWatermarkMs: at("12:04"),
      rows: [
        { window: w("12:00", "12:10"), word: "dog", count: 1 },
        { window: w("12:05", "12:15"), word: "dog", count: 1 },
      ],
      inputSample: [
        { eventTimeMs: at("12:07"), processingTimeMs: at("12:07"), status: "onTime", label: "dog" },
        { eventTimeMs: at("12:08"), processingTimeMs: at("12:09"), status: "onTime", label: "owl" },
      ],
      windows: [
        { startMs: at("12:00"), endMs: at("12:10"), rows: 2, state: "open" },
        { startMs: at("12:05"), endMs: at("12:15"), rows: 2, state: "open" },
      ],
    },
    {
      ...base,
      progress: progress(1, at("12:15"), 2, at("12:04"), 0),
      watermarkMs: at("12:04"),
      nextWatermarkMs: at("12:11"),
      rows: [{ window: w("12:05", "12:15"), word: "dog", count: 2 }],
      inputSample: [
        { eventTimeMs: at("12:14"), processingTimeMs: at("12:14"), status: "onTime", label: "dog" },
        { eventTimeMs: at("12:09"), processingTimeMs: at("12:14"), status: "late", label: "cat" },
      ],
      windows: [
        { startMs: at("12:05"), endMs: at("12:15"), rows: 4, state: "open" },
        { startMs: at("12:10"), endMs: at("12:20"), rows: 1, state: "open" },
      ],
    },
    {
      ...base,
      progress: progress(2, at("12:20"), 2, at("12:11"), 1),
      watermarkMs: at("12:11"),
      nextWatermarkMs: at("12:11"),
      rows: [{ window: w("12:15", "12:25"), word: "owl", count: 1 }],
      inputSample: [
        { eventTimeMs: at("12:21"), processingTimeMs: at("12:19"), status: "onTime", label: "owl" },
        { eventTimeMs: at("12:04"), processingTimeMs: at("12:19"), status: "dropped", label: "donkey" },
      ],
      windows: [
        { startMs: at("12:00"), endMs: at("12:10"), rows: 2, state: "evicted" },
        { startMs: at("12:15"), endMs: at("12:25"), rows: 1, state: "open" },
      ],
      recordLatencies: [
        { arrivalMs: at("12:19"), latencyMs: 3 },
        { arrivalMs: at("12:19"), latencyMs: 5 },
      ],
    },
  ];
}
