// The browser's stand-in for a monitored directory: files the user drops on a textFileStream node (or
// picks from a folder) while it runs. Each one "appears" when it arrives, so its modification time is its
// arrival time, and FileInputDStream takes it into the next batch, as Spark takes a file moved into the
// directory. Names repeat across drops: a second "a.txt" is stored as "a.txt (2)", a new file as in Spark
// (which sees a new path).
import type { DirectorySource } from "./FileInputDStream";
import type { FileEntry } from "./NetEnv";

/** The most text one drop folder holds (older files are forgotten first once they are past). */
export const MAX_DROP_FOLDER_CHARS = 50_000_000;

export class DropFolder implements DirectorySource {
  readonly description = "the drop folder (files dropped on the node)";
  readonly #files = new Map<string, { text: string; modTimeMs: number }>();
  #chars = 0;

  constructor(private readonly now: () => number) {}

  /** Adds a file; returns the name it is stored under. */
  add(name: string, text: string): string {
    let stored = name.replace(/^.*[\\/]/, "") || "file";
    for (let n = 2; this.#files.has(stored); n++) stored = `${name} (${n})`;
    this.#files.set(stored, { text, modTimeMs: this.now() });
    this.#chars += text.length;
    while (this.#chars > MAX_DROP_FOLDER_CHARS && this.#files.size > 1) {
      const [oldest, file] = this.#files.entries().next().value as [string, { text: string }];
      this.#files.delete(oldest);
      this.#chars -= file.text.length;
    }
    return stored;
  }

  list(): FileEntry[] {
    return [...this.#files].map(([name, f]) => ({ name, modTimeMs: f.modTimeMs }));
  }

  read(name: string): string {
    const f = this.#files.get(name);
    if (!f) throw new Error("the file is gone");
    return f.text;
  }
}
