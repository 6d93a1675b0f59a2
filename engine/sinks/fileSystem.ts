// The file system saveAsTextFiles writes to: in memory by default (works in the browser and in tests);
// NodeFileSystem (sinks/NodeFileSystem.ts, Node only) writes real files.

export interface FileSystem {
  writeFile(path: string, content: string): void;
  readFile(path: string): string | undefined;
  /** Paths that start with `prefix`, sorted. */
  list(prefix?: string): string[];
}

export class InMemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, string>();

  writeFile(path: string, content: string): void {
    this.files.set(path, content);
  }

  readFile(path: string): string | undefined {
    return this.files.get(path);
  }

  list(prefix = ""): string[] {
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort();
  }
}
