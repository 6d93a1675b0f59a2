// Spark's FileInputDStream (textFileStream): at each batch, the files that appeared in a directory since
// the last batch become the batch's RDD, one partition per file, one record per line. Spark's rules
// (newFilesOnly = true), in wall-clock time since file times are wall-clock:
//
//   start ─────────── threshold ──────────── now (batch)
//     files modified at or before max(start, now - remember) are ignored (Spark's "<=", SPARK-4518);
//     files modified after now wait for a later batch; a file already selected within the remember
//     window is not selected again; names starting with "." are hidden (Spark's default filter).
//
// remember = slide × ceil(60 s / slide) (spark.streaming.fileStream.minRememberDuration, 60 s).
// The directory is a real one in Node, or the node's drop folder in the browser (DropFolder.ts).
import type { RDD } from "../../core/rdd/index";
import type { StreamingContext } from "../../scheduler/StreamingContext";
import { InputDStream } from "../InputDStream";
import type { FileEntry } from "./NetEnv";
import { LAST_RECORDS, MAX_LOG_LINES, type SourceStatus } from "./SourceStatus";

export const MIN_REMEMBER_DURATION_MS = 60_000;

export interface DirectorySource {
  /** "logs/" or "the drop folder". */
  readonly description: string;
  list(): FileEntry[];
  read(name: string): string;
}

export class FileInputDStream extends InputDStream<string> {
  #initialThreshold = 0;
  /** Files selected within the remember window: name → wall time of the batch that took them. */
  readonly #recentlySelected = new Map<string, number>();
  readonly #status: SourceStatus;
  onStatus?: (status: SourceStatus, logLine?: string) => void;

  constructor(
    ssc: StreamingContext,
    readonly directory: DirectorySource,
    private readonly now: () => number,
  ) {
    super(ssc, "FileInputDStream");
    this.#status = {
      state: "closed",
      endpoint: directory.description,
      received: 0,
      dropped: 0,
      lastRecords: [],
      log: [],
    };
  }

  get durationToRememberMs(): number {
    const slide = this.slideDuration;
    return slide * Math.ceil(MIN_REMEMBER_DURATION_MS / slide);
  }

  status(): SourceStatus {
    return { ...this.#status, lastRecords: [...this.#status.lastRecords], log: [...this.#status.log] };
  }

  override start(): void {
    this.#initialThreshold = this.now();
    this.#status.state = "watching";
    this.#log(`Watching ${this.directory.description} for new files`);
  }

  override stop(): void {
    this.#status.state = "closed";
    this.#log("Stopped watching");
  }

  compute(timeMs: number): RDD<string> {
    const now = this.now();
    const threshold = Math.max(this.#initialThreshold, now - this.durationToRememberMs);
    for (const [name, at] of this.#recentlySelected) if (at <= threshold) this.#recentlySelected.delete(name);
    let entries: FileEntry[] = [];
    try {
      entries = this.directory.list();
      if (this.#status.message) this.#status.message = undefined;
    } catch (e) {
      // Spark logs "Error finding new files" and goes on with no files this batch.
      const message = `Error finding new files: ${(e as Error).message}`;
      this.#status.message = message;
      this.#log(message);
    }
    const fresh = entries
      .filter(
        (f) =>
          !f.name.startsWith(".") &&
          f.modTimeMs > threshold &&
          f.modTimeMs <= now &&
          !this.#recentlySelected.has(f.name),
      )
      .sort((a, b) => a.modTimeMs - b.modTimeMs || (a.name < b.name ? -1 : 1));
    const sc = this.ssc.sparkContext;
    const rdds: RDD<string>[] = [];
    let records = 0;
    for (const f of fresh) {
      let text: string;
      try {
        text = this.directory.read(f.name);
      } catch (e) {
        this.#status.dropped++;
        this.#log(`Could not read ${f.name}: ${(e as Error).message}`);
        continue;
      }
      this.#recentlySelected.set(f.name, now);
      const lines = text.split(/\r\n|\r|\n/);
      if (lines.at(-1) === "") lines.pop();
      records += lines.length;
      this.#remember(lines);
      rdds.push(sc.parallelize(lines, 1));
    }
    if (fresh.length > 0) this.#log(`New files at time ${timeMs} ms: ${fresh.map((f) => f.name).join(", ")}`);
    this.reportInputRecords(timeMs, records);
    return rdds.length === 0 ? sc.union<string>([]) : sc.union(rdds);
  }

  #remember(lines: string[]): void {
    const s = this.#status;
    s.received += lines.length;
    for (const line of lines.slice(-LAST_RECORDS)) {
      s.lastRecords.push(line.length > 200 ? `${line.slice(0, 200)}…` : line);
      if (s.lastRecords.length > LAST_RECORDS) s.lastRecords.shift();
    }
  }

  #log(line: string): void {
    this.#status.log.push(line);
    if (this.#status.log.length > MAX_LOG_LINES) this.#status.log.shift();
    this.onStatus?.(this.status(), line);
  }
}
