// Small builders for the catalog's param specs, so each node kind reads as a short table.
import type { ParamSpec } from "../types";

/** An optional param counts as unset when it is absent, null or a blank string. */
export function isEmptyParam(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** "500ms", "3s", "1.5s", "2min", "1h". */
export function formatDuration(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "?";
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000 || ms % 60_000 !== 0) return `${+(ms / 1000).toFixed(3)}s`;
  if (ms < 3_600_000 || ms % 3_600_000 !== 0) return `${ms / 60_000}min`;
  return `${ms / 3_600_000}h`;
}

export function fnParam(
  name: string,
  label: string,
  signature: string,
  defaultSource: string,
  doc: string,
  optional = false,
): ParamSpec {
  return { name, label, param: { type: "function", signature }, default: defaultSource, doc, optional };
}

export function durationParam(
  name: string,
  label: string,
  defaultMs: number | null,
  doc: string,
  optional = false,
  multipleOfBatch = true,
): ParamSpec {
  return {
    name,
    label,
    param: { type: "duration", multipleOfBatch, allowEmpty: optional },
    default: defaultMs,
    doc,
    optional,
  };
}

export function intParam(
  name: string,
  label: string,
  defaultValue: number | null,
  doc: string,
  opts: { min?: number; max?: number; unit?: string; optional?: boolean } = {},
): ParamSpec {
  return {
    name,
    label,
    param: { type: "number", integer: true, min: opts.min, max: opts.max, unit: opts.unit },
    default: defaultValue,
    doc,
    optional: opts.optional,
  };
}

export function numberParam(
  name: string,
  label: string,
  defaultValue: number,
  doc: string,
  opts: { min?: number; max?: number; step?: number; unit?: string } = {},
): ParamSpec {
  return { name, label, param: { type: "number", ...opts }, default: defaultValue, doc };
}

export function seedParam(defaultSeed = 42): ParamSpec {
  return {
    name: "seed",
    label: "Seed",
    param: { type: "seed" },
    default: defaultSeed,
    doc: "Seed of the generator: the same seed gives the same records, batch after batch.",
  };
}

export function rateParam(defaultRate: number, unit = "records/s"): ParamSpec {
  return numberParam(
    "rate",
    "Rate",
    defaultRate,
    "Records the receiver produces per second of simulated time (Spark's receiver input rate).",
    { min: 0, max: 10_000_000, step: 1, unit },
  );
}

/** Spark's optional `numPartitions` argument of shuffling operators. */
export const numPartitionsParam: ParamSpec = intParam(
  "numPartitions",
  "Partitions",
  null,
  "Number of partitions after the shuffle (Spark's numPartitions argument); empty uses the default parallelism.",
  { min: 1, max: 256, optional: true },
);

export function windowParams(opts: { slideOptional: boolean }): ParamSpec[] {
  return [
    durationParam(
      "windowMs",
      "Window",
      3000,
      "Window duration (Spark's windowDuration): must be a multiple of the batch interval.",
    ),
    durationParam(
      "slideMs",
      "Slide",
      1000,
      opts.slideOptional
        ? "Slide duration (Spark's slideDuration): a multiple of the batch interval; empty slides every batch."
        : "Slide duration (Spark's slideDuration): must be a multiple of the batch interval.",
      opts.slideOptional,
    ),
  ];
}

/** "window 3s / 1s" (slide falls back to the batch interval). */
export function windowSummary(
  name: string,
  params: Record<string, unknown>,
  batchIntervalMs: number,
): string {
  const slide = isEmptyParam(params.slideMs) ? batchIntervalMs : params.slideMs;
  return `${name} ${formatDuration(params.windowMs)} / ${formatDuration(slide)}`;
}

/** First line of a function's source, shortened for a node card. */
export function codeSummary(source: unknown, max = 40): string {
  if (typeof source !== "string") return "";
  const oneLine = source.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** For json params holding tables: an array of [key, value] rows. */
export function pairRowsCheck(what: string): (value: unknown) => string | undefined {
  return (value) => {
    if (!Array.isArray(value)) return `${what} must be a JSON array of [key, value] rows`;
    const bad = value.findIndex((row) => !Array.isArray(row) || row.length !== 2);
    return bad >= 0 ? `${what}: row ${bad + 1} is not a [key, value] pair` : undefined;
  };
}

export function arrayCheck(what: string): (value: unknown) => string | undefined {
  return (value) => (Array.isArray(value) ? undefined : `${what} must be a JSON array`);
}
