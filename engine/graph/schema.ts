// The zod schema of the pipeline document: the one gate every document passes (app state, import
// dialog, share links, examples, exporters). Structural problems are rejected here with path-based
// messages; semantic ones (cycles, arity, windows, checkpointing, code) are the validator's.
// The schemas are built on first use, not at module load: a module that only imports this one's types or
// defaults (re-exported from ./defaults) costs nothing, and the page loads zod only when it parses.
import { z } from "zod";
import { getAnyKind, resolveParams } from "./catalog";
import { defaultSettings } from "./defaults";
import { textBoundsProblem, valueBoundsProblem } from "./documentBounds";
import { migrateDocument } from "./migrations";
import { PIPELINE_VERSION, type PipelineDocument } from "./types";

export { defaultSettings, emptyPipeline } from "./defaults";

/** Says which version the file has, and when it is newer, that another studio wrote it. */
function versionMessage(found: unknown): string {
  const expected = `expected version ${PIPELINE_VERSION}`;
  if (found === undefined) return `${expected} (the document has no version field)`;
  if (typeof found === "number" && found > PIPELINE_VERSION)
    return `${expected}, found ${found}: the document was written by a newer DStream Studio`;
  return `${expected}, found ${JSON.stringify(found)}`;
}

function buildSchemas() {
  // No compiled parsers: zod would first probe `new Function`, which the app's Content-Security-Policy
  // refuses on the page (a console error). Documents are parsed a few times per session; speed is moot.
  z.config({ jitless: true });

  const finite = z.number().refine(Number.isFinite, "expected a finite number");

  const settingsSchema = z.object({
    checkpointDir: z.string().optional(),
    defaultParallelism: z.number().int().min(1).max(256).default(defaultSettings.defaultParallelism),
    executors: z.number().int().min(1).max(1000).default(defaultSettings.executors),
    coresPerExecutor: z.number().int().min(1).max(256).default(defaultSettings.coresPerExecutor),
    backpressure: z.boolean().default(defaultSettings.backpressure),
    writeAheadLog: z.boolean().optional(),
    seed: z.number().int().default(defaultSettings.seed),
  });

  const nodeSchema = z.object({
    id: z.string().min(1, "a node id must not be empty"),
    kind: z.string().min(1, "a node kind must not be empty"),
    label: z.string().optional(),
    params: z.record(z.string(), z.unknown()).default({}),
    position: z.object({ x: finite, y: finite }).default({ x: 0, y: 0 }),
  });

  const edgeSchema = z.object({
    id: z.string().min(1).optional(),
    source: z.string().min(1, "an edge needs a source node id"),
    target: z.string().min(1, "an edge needs a target node id"),
    targetHandle: z.string().optional(),
  });

  const pipelineSchema = z
    .object({
      version: z.literal(PIPELINE_VERSION, { error: (issue) => versionMessage(issue.input) }),
      name: z.string().default("Untitled pipeline"),
      description: z.string().optional(),
      mode: z
        .enum(["dstream", "structured"], { error: 'mode must be "dstream" or "structured"' })
        .default("dstream"),
      batchIntervalMs: z
        .number()
        .int("the batch interval must be a whole number of milliseconds")
        .min(1)
        .max(3_600_000),
      // Optional: absent means Spark's default (200 ms), so older documents load unchanged.
      blockIntervalMs: z
        .number()
        .int("the block interval must be a whole number of milliseconds")
        .min(1, "the block interval must be a positive number of milliseconds")
        .max(3_600_000, "the block interval must be at most 3600000 ms (an hour)")
        .optional(),
      settings: settingsSchema.prefault({}),
      nodes: z.array(nodeSchema),
      edges: z.array(edgeSchema).default([]),
    })
    .superRefine((doc, ctx) => {
      const ids = new Set<string>();
      doc.nodes.forEach((n, i) => {
        if (ids.has(n.id))
          ctx.addIssue({ code: "custom", path: ["nodes", i, "id"], message: `duplicate node id "${n.id}"` });
        ids.add(n.id);
      });
      const edgeIds = new Set<string>();
      doc.edges.forEach((e, i) => {
        for (const end of ["source", "target"] as const) {
          if (!ids.has(e[end])) {
            ctx.addIssue({ code: "custom", path: ["edges", i, end], message: `no node with id "${e[end]}"` });
          }
        }
        if (e.id !== undefined) {
          if (edgeIds.has(e.id))
            ctx.addIssue({
              code: "custom",
              path: ["edges", i, "id"],
              message: `duplicate edge id "${e.id}"`,
            });
          edgeIds.add(e.id);
        }
      });
    });
  return { settingsSchema, pipelineSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
/** The zod schemas (built once, on first use). */
export function documentSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

export type ParseResult = { ok: true; doc: PipelineDocument } | { ok: false; errors: string[] };

/** `nodes[2].position.x` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(document)";
}

/** Edge ids are optional in files; give the missing ones stable, unique ids. */
function withEdgeIds(
  edges: { id?: string; source: string; target: string; targetHandle?: string }[],
): PipelineDocument["edges"] {
  const used = new Set(edges.flatMap((e) => (e.id ? [e.id] : [])));
  return edges.map((e) => {
    if (e.id) return { ...e, id: e.id };
    const base = `e-${e.source}-${e.target}${e.targetHandle ? `-${e.targetHandle}` : ""}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return { ...e, id };
  });
}

/**
 * Parses and normalises a pipeline document (a JSON string or a parsed value) of any version: migrates
 * an older one, fills default
 * settings, positions, edge ids, and the catalog's defaults for params a known node kind leaves out.
 */
export function parsePipeline(input: unknown): ParseResult {
  let value = input;
  if (typeof input === "string") {
    const tooLarge = textBoundsProblem(input);
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
    }
  }
  const outOfBounds = valueBoundsProblem(value);
  if (outOfBounds) return { ok: false, errors: [outOfBounds] };
  // Older versions are brought up to date first (./migrations), so the schema only knows the current one.
  const migrated = migrateDocument(value);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = documentSchemas().pipelineSchema.safeParse(migrated.value);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
  }
  const parsed = result.data;
  const doc: PipelineDocument = {
    ...parsed,
    version: PIPELINE_VERSION,
    nodes: parsed.nodes.map((n) => {
      const spec = getAnyKind(n.kind);
      return { ...n, params: spec ? resolveParams(spec, n.params) : n.params };
    }),
    edges: withEdgeIds(parsed.edges),
  };
  return { ok: true, doc };
}
