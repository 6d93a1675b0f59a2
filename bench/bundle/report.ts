// Bundle report (not a test): builds the page and says what the first load holds. The first load is the
// entry chunk and every chunk it imports statically (what the browser fetches before drawing anything);
// per chunk, the modules that take the most of it (rendered bytes, before minification's renames).
//   npx tsx bench/bundle/report.ts            top 25 modules of each first-load chunk
//   BUNDLE_TOP=60 npx tsx bench/bundle/report.ts
//   BUNDLE_WHY=zod npx tsx bench/bundle/report.ts   also the static import chains that bring in modules
//                                                    whose id matches (why they are in the first load)
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rollup } from "vite";

const top = Number(process.env.BUNDLE_TOP ?? 25);

interface ChunkInfo {
  file: string;
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
  modules: { id: string; bytes: number }[];
}

const why = process.env.BUNDLE_WHY;

function collect(into: Map<string, ChunkInfo>, chains: string[]): Plugin {
  return {
    name: "bundle-report-collect",
    generateBundle(_options, bundle) {
      if (why) {
        // Modules the entry reaches by static imports; for each matching one, the shortest such chain.
        const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
        const parent = new Map<string, string | null>();
        const queue = entry ? [entry] : [];
        if (entry) parent.set(entry, null);
        while (queue.length > 0) {
          const at = queue.shift()!;
          for (const next of this.getModuleInfo(at)?.importedIds ?? []) {
            if (parent.has(next)) continue;
            parent.set(next, at);
            queue.push(next);
          }
        }
        for (const id of parent.keys()) {
          if (!id.includes(why)) continue;
          const chain: string[] = [];
          for (let at: string | null | undefined = id; at; at = parent.get(at)) chain.push(at);
          chains.push(chain.map(short).join(" <- "));
        }
      }
      for (const out of Object.values(bundle)) {
        if (out.type !== "chunk") continue;
        const chunk = out as Rollup.OutputChunk;
        into.set(chunk.fileName, {
          file: chunk.fileName,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          isEntry: chunk.isEntry,
          modules: Object.entries(chunk.modules).map(([id, m]) => ({ id, bytes: m.renderedLength })),
        });
      }
    },
  };
}

/** The entry chunks and everything they import statically, transitively. */
export function firstLoadChunks(chunks: Map<string, ChunkInfo>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of chunks.get(file)?.imports ?? []) visit(dep);
  };
  for (const c of chunks.values()) if (c.isEntry && c.file.startsWith("assets/index")) visit(c.file);
  return [...seen];
}

const short = (id: string) =>
  id
    .replace(process.cwd(), "")
    .replace(/^.*node_modules\//, "npm:")
    .replace(/\?.*$/, "");

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), "bundle-report-"));
  const chunks = new Map<string, ChunkInfo>();
  const chains: string[] = [];
  try {
    await build({
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
      plugins: [collect(chunks, chains)],
    });
    for (const chain of chains.slice(0, 40)) console.log(`why: ${chain}`);
    const first = firstLoadChunks(chunks);
    let total = 0;
    for (const file of first) {
      const path = join(outDir, file);
      if (!existsSync(path)) continue; // a chunk the build left empty (nothing but CSS)
      const gzip = gzipSync(readFileSync(path)).length;
      total += gzip;
      const info = chunks.get(file);
      const mods = (info?.modules ?? []).sort((a, b) => b.bytes - a.bytes);
      const all = mods.reduce((n, m) => n + m.bytes, 0);
      console.log(
        `\n${file}  ${(gzip / 1000).toFixed(1)} KB gzip, ${mods.length} modules, ${all} bytes rendered`,
      );
      console.log(`  imports: ${(info?.imports ?? []).join(" ")}`);
      for (const m of mods.slice(0, top)) console.log(`  ${String(m.bytes).padStart(8)}  ${short(m.id)}`);
    }
    console.log(
      `\nfirst load: ${first.length} chunks, ${(total / 1000).toFixed(1)} KB gzip (target <= 170 KB)`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
