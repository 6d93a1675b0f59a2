// The file system saveAsTextFiles writes to: in memory by default (works in the browser and in tests);
// NodeFileSystem (sinks/NodeFileSystem.ts, Node only) writes real files. The Node entry
// (engine/indexNode.ts) makes it the default, so this module never imports node:fs itself.

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

let makeDefault: () => FileSystem = () => new InMemoryFileSystem();

/** The file system of a StreamingContext created without `fileSystem` (in memory unless the Node entry set it). */
export function defaultFileSystem(): FileSystem {
  return makeDefault();
}

/** Changes the file system later StreamingContexts get by default; engine/indexNode.ts calls it once. */
export function setDefaultFileSystem(make: () => FileSystem): void {
  makeDefault = make;
}
