// The pipeline document's migrations, as tldraw's records have them: an ordered chain, each step taking a
// document of version n to n + 1. parsePipeline (the one gate of storage, import, share links, examples
// and the CLI) runs them before the schema, so renaming a param or a kind later never breaks a saved
// pipeline. Adding one: a file `vN.ts` here, appended to `migrations`, PIPELINE_VERSION (../types.ts)
// bumped to its `to`, and a fixture of the old version in fixtures/ that migrations.test.ts loads.
import type { Migration } from "./migration";
import { queueStreamDefaultRDD } from "./v2";
import { pipelineMode } from "./v3";

export type { Migration, RawDocument } from "./migration";

/** Every migration, oldest first: `migrations[i].to === migrations[i + 1].from`. */
export const migrations: readonly Migration[] = [queueStreamDefaultRDD, pipelineMode];

export type MigrationResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Brings a parsed JSON value of an older version up to the last version of `chain`. Anything that is not
 * an object with an older numeric version passes unchanged, for the schema to judge (a missing version,
 * a newer one, a current one).
 */
export function migrateDocument(value: unknown, chain: readonly Migration[] = migrations): MigrationResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: true, value };
  let doc = value as Record<string, unknown>;
  for (const m of chain) {
    if (doc.version !== m.from) continue;
    try {
      doc = { ...m.up(doc), version: m.to };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        error: `version: cannot migrate from ${m.from} to ${m.to} (${m.description}): ${reason}`,
      };
    }
  }
  return { ok: true, value: doc };
}
