// What each source gives a trigger: the rows that arrived since the last one, with their arrival
// (processing) times, and its offsets as Spark's SourceProgress shows them. Memory, socket and file
// sources give one entry (one added batch, one file) per trigger, as the exports feed Spark
// (maxFilesPerTrigger 1); the rate source and the seeded generators give what arrived in the interval.

import type { FileSystem } from "../../sinks/fileSystem";
import { ClickStreamReceiver } from "../../sources/generators/ClickStreamReceiver";
import { SensorReadingsReceiver } from "../../sources/generators/SensorReadingsReceiver";
import type { SourcePlan } from "../plan/logical";
import { typedRow } from "../plan/sources";
import type { Row } from "../sql/evaluate";
import type { Tuple } from "./tuple";

export interface SourceRead {
  rows: Tuple[];
  /** A new offset (Spark runs a batch only when some source has one, or a no-data batch is due). */
  hasNewData: boolean;
  startOffset: unknown;
  endOffset: unknown;
}

export interface SourceReader {
  readonly plan: SourcePlan;
  description: string;
  /** Rows arrived in (fromMs, toMs]. */
  read(fromMs: number, toMs: number): SourceRead;
  /** False once a finite source (memory, socket lines, files present) has nothing left. */
  hasMore(): boolean;
}

const num = (v: unknown, d: number) => (typeof v === "number" && Number.isFinite(v) ? v : d);

/** Arrival times spread evenly over (fromMs, toMs], as the generators spread theirs. */
const spread = (n: number, fromMs: number, toMs: number, i: number) =>
  fromMs + Math.floor(((i + 1) * (toMs - fromMs)) / n);

class ListReader implements SourceReader {
  private next = 0;
  constructor(
    readonly plan: SourcePlan,
    readonly description: string,
    private readonly batches: (Row[] | null)[],
  ) {}
  private offset = -1;
  read(fromMs: number, toMs: number): SourceRead {
    const batch = this.next < this.batches.length ? this.batches[this.next++] : null;
    // null: nothing was added before this trigger (no new offset), unlike an empty addData
    if (batch === null)
      return { rows: [], hasNewData: false, startOffset: this.offset, endOffset: this.offset };
    this.offset++;
    return {
      rows: batch.map((v, i) => ({ v, arrivalMs: spread(batch.length, fromMs, toMs, i) })),
      hasNewData: true,
      startOffset: this.offset - 1,
      endOffset: this.offset,
    };
  }
  hasMore(): boolean {
    return this.next < this.batches.length;
  }
}

class RateReader implements SourceReader {
  private emitted = 0;
  readonly description: string;
  constructor(readonly plan: SourcePlan) {
    this.description = `RateStreamV2[rowsPerSecond=${num(plan.params.rowsPerSecond, 1)}, rampUpTimeSeconds=0, numPartitions=default`;
  }
  read(_fromMs: number, toMs: number): SourceRead {
    const rps = num(this.plan.params.rowsPerSecond, 1);
    const start = this.emitted;
    const rows: Tuple[] = [];
    // value i is generated at i * 1000 / rowsPerSecond ms after the start (Spark's rate source)
    while (Math.floor((this.emitted * 1000) / rps) < toMs) {
      const t = Math.floor((this.emitted * 1000) / rps);
      rows.push({ v: [t, this.emitted], arrivalMs: t });
      this.emitted++;
    }
    return { rows, hasNewData: rows.length > 0, startOffset: start / rps, endOffset: this.emitted / rps };
  }
  hasMore(): boolean {
    return true;
  }
}

class GeneratorReader implements SourceReader {
  private count = 0;
  constructor(
    readonly plan: SourcePlan,
    readonly description: string,
    private readonly generate: (fromMs: number, toMs: number) => { row: Row; arrivalMs: number }[],
  ) {}
  read(fromMs: number, toMs: number): SourceRead {
    const out = this.generate(fromMs, toMs);
    const start = this.count;
    this.count += out.length;
    return {
      rows: out.map((r) => ({ v: r.row, arrivalMs: r.arrivalMs })),
      hasNewData: out.length > 0,
      startOffset: start,
      endOffset: this.count,
    };
  }
  hasMore(): boolean {
    return true;
  }
}

class FileReader implements SourceReader {
  private readonly seen = new Set<string>();
  private batch = -1;
  readonly description: string;
  constructor(
    readonly plan: SourcePlan,
    private readonly fs: FileSystem,
  ) {
    this.description = `FileStreamSource[${String(plan.params.path)}]`;
  }
  private pending(): string[] {
    const dir = String(this.plan.params.path).replace(/\/+$/, "");
    return this.fs
      .list(`${dir}/`)
      .filter((p) => !this.seen.has(p) && !p.slice(dir.length + 1).includes("/") && !/\/[._][^/]*$/.test(p));
  }
  read(fromMs: number, toMs: number): SourceRead {
    const max = this.plan.params.maxFilesPerTrigger;
    const files = this.pending().slice(0, typeof max === "number" && max > 0 ? max : undefined);
    if (files.length === 0)
      return {
        rows: [],
        hasNewData: false,
        startOffset: { logOffset: this.batch },
        endOffset: { logOffset: this.batch },
      };
    const rows: Row[] = [];
    for (const f of files) {
      this.seen.add(f);
      for (const line of (this.fs.readFile(f) ?? "").split("\n")) {
        if (line === "") continue;
        rows.push(this.parse(line));
      }
    }
    this.batch++;
    return {
      rows: rows.map((v, i) => ({ v, arrivalMs: spread(rows.length, fromMs, toMs, i) })),
      hasNewData: true,
      startOffset: { logOffset: this.batch - 1 },
      endOffset: { logOffset: this.batch },
    };
  }
  private parse(line: string): Row {
    const schema = this.plan.schema;
    if (this.plan.params.format === "text") return [line];
    if (this.plan.params.format === "json") {
      try {
        return typedRow(JSON.parse(line), schema);
      } catch {
        return schema.map(() => null);
      }
    }
    return typedRow(line.split(","), schema);
  }
  hasMore(): boolean {
    return this.pending().length > 0;
  }
}

function listBatches(plan: SourcePlan): (Row[] | null)[] {
  const p = plan.params;
  if (plan.source === "socket") {
    const lines = Array.isArray(p.lines) ? (p.lines as unknown[][]) : [];
    return lines.map((b) => (Array.isArray(b) ? b.map((l) => [String(l)]) : null));
  }
  const batches = Array.isArray(p.batches) ? (p.batches as unknown[][]) : [];
  return batches.map((b) => (Array.isArray(b) ? b.map((r) => typedRow(r, plan.schema)) : null));
}

export function sourceReader(plan: SourcePlan, opts: { fileSystem: FileSystem; seed: number }): SourceReader {
  const p = plan.params;
  const seed = typeof p.seed === "number" ? p.seed : opts.seed;
  switch (plan.source) {
    case "memoryStream":
      return new ListReader(
        plan,
        `MemoryStream[${plan.schema.map((f) => f.name).join(",")}]`,
        listBatches(plan),
      );
    case "socket": {
      const reader = new ListReader(plan, "TextSocketV2[host: localhost, port: 9999]", listBatches(plan));
      if (p.includeTimestamp !== true) return reader;
      // includeTimestamp: each line's arrival time as its timestamp column
      return {
        plan,
        description: reader.description,
        hasMore: () => reader.hasMore(),
        read(fromMs, toMs) {
          const r = reader.read(fromMs, toMs);
          return { ...r, rows: r.rows.map((t) => ({ ...t, v: [...t.v, t.arrivalMs] })) };
        },
      };
    }
    case "rate":
      return new RateReader(plan);
    case "sensorReadings": {
      const gen = new SensorReadingsReceiver({
        seed,
        recordsPerSecond: num(p.rate, 5),
        sensors: num(p.sensors, 3),
        outOfOrderFraction: num(p.outOfOrderFraction, 0.2),
        maxLatenessMs: num(p.maxLatenessMs, 15000),
      });
      return new GeneratorReader(plan, `SensorReadings[seed=${seed}]`, (from, to) => {
        const recs = gen.records(from, to);
        return recs.map((r, i) => ({
          row: [r.sensorId, r.value, r.eventTimeMs],
          arrivalMs: spread(recs.length, from, to, i),
        }));
      });
    }
    case "clickStream": {
      const gen = new ClickStreamReceiver({
        seed,
        recordsPerSecond: num(p.rate, 5),
        users: num(p.users, 20),
        pages: num(p.pages, 8),
      });
      return new GeneratorReader(plan, `ClickStream[seed=${seed}]`, (from, to) =>
        gen
          .records(from, to)
          .map((r) => ({ row: [r.userId, r.page, r.eventTimeMs], arrivalMs: r.eventTimeMs })),
      );
    }
    case "files":
      return new FileReader(plan, opts.fileSystem);
    case "staticTable":
      throw new Error("a static table is not read per trigger");
  }
}
