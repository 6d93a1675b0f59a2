// The known differences between Spark and the studio (spark/known-differences.json): each entry names
// the target, the pipeline, the output node and the batches it covers, and a class whose reason says
// why. A mismatch not covered fails the test; an entry (or a batch of one) that no longer occurs is
// stale: printed, and a failure with --fail-on-stale.
import { readFileSync, writeFileSync } from "node:fs";
import type { Mismatch, Target } from "./compare";

export interface KnownClass {
  /** Who has to fix it: the exporter's translator/generators, the engine, or nobody (Spark's own). */
  fault: "translator" | "generator" | "engine" | "spark" | "harness";
  reason: string;
}

export interface KnownEntry {
  target: Target;
  pipeline: string;
  node: string;
  batches: number[];
  class: string;
}

export interface KnownDifferences {
  classes: Record<string, KnownClass>;
  entries: KnownEntry[];
}

export function loadKnown(file: string): KnownDifferences {
  const known = JSON.parse(readFileSync(file, "utf8")) as KnownDifferences;
  for (const e of known.entries)
    if (!known.classes[e.class])
      throw new Error(`${file}: entry for ${e.pipeline} has an unknown class "${e.class}"`);
  return known;
}

const key = (m: { target: string; pipeline: string; node: string }) =>
  `${m.target}\u0000${m.pipeline}\u0000${m.node}`;

export interface Triage {
  unexpected: Mismatch[];
  known: { mismatch: Mismatch; class: string }[];
  stale: { entry: KnownEntry; batches: number[] }[];
}

export function triage(mismatches: Mismatch[], known: KnownDifferences, ranPipelines: Set<string>): Triage {
  const byKey = new Map<string, KnownEntry[]>();
  for (const e of known.entries) byKey.set(key(e), [...(byKey.get(key(e)) ?? []), e]);
  const used = new Map<KnownEntry, Set<number>>();
  const out: Triage = { unexpected: [], known: [], stale: [] };
  for (const m of mismatches) {
    const entry = byKey.get(key(m))?.find((e) => e.batches.includes(m.batch));
    if (!entry) {
      out.unexpected.push(m);
      continue;
    }
    out.known.push({ mismatch: m, class: entry.class });
    if (!used.has(entry)) used.set(entry, new Set());
    used.get(entry)!.add(m.batch);
  }
  for (const e of known.entries) {
    if (!ranPipelines.has(`${e.target}\u0000${e.pipeline}`)) continue;
    const seen = used.get(e) ?? new Set();
    const unused = e.batches.filter((b) => !seen.has(b));
    if (unused.length > 0) out.stale.push({ entry: e, batches: unused });
  }
  return out;
}

/** --update-known: the entries for today's mismatches, keeping the classes of entries that still apply. */
export function writeKnown(
  file: string,
  known: KnownDifferences,
  mismatches: Mismatch[],
  classify: (m: Mismatch) => string,
): void {
  const previous = new Map(known.entries.map((e) => [key(e), e.class]));
  const grouped = new Map<string, KnownEntry>();
  for (const m of mismatches) {
    const k = key(m);
    const entry = grouped.get(k) ?? {
      target: m.target,
      pipeline: m.pipeline,
      node: m.node,
      batches: [],
      class: previous.get(k) ?? classify(m),
    };
    if (!entry.batches.includes(m.batch)) entry.batches.push(m.batch);
    grouped.set(k, entry);
  }
  for (const c of new Set([...grouped.values()].map((e) => e.class)))
    known.classes[c] ??= { fault: "harness", reason: "TODO: explain" };
  const entries = [...grouped.values()].map((e) => ({ ...e, batches: e.batches.sort((a, b) => a - b) }));
  const lines = [
    "{",
    `  "classes": ${JSON.stringify(known.classes, null, 2).replace(/\n/g, "\n  ")},`,
    '  "entries": [',
    entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n"),
    "  ]",
    "}",
    "",
  ];
  writeFileSync(file, lines.join("\n"));
}
