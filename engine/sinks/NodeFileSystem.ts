// Real files for Node (npx tsx): pass `fileSystem: new NodeFileSystem()` to the StreamingContext.
// Not exported from engine/index.ts, so browser bundles never pull in node:fs.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FileSystem } from "./fileSystem";

export class NodeFileSystem implements FileSystem {
  writeFile(path: string, content: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }

  readFile(path: string): string | undefined {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  }

  list(prefix = ""): string[] {
    const root = dirname(prefix || ".");
    const out: string[] = [];
    const walk = (dir: string) => {
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const e of entries) {
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.startsWith(prefix)) out.push(p);
      }
    };
    walk(root);
    return out.sort();
  }
}
