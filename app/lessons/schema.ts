// The lesson file format: plain data a teacher can write (public/lessons/*.json), checked with zod
// before anything plays. Every text is given in English and Korean; a step's actions drive the studio
// (load a pipeline, step batches, highlight, open a tab), its `waitFor` holds the step until the student
// has done something, and the challenge's checks read the document and the run's outputs.
// The format is documented in public/lessons/README.md; lesson.schema.json is generated from this file.
import { z } from "zod";
import { currentLanguage } from "../i18n/i18n";
import { t } from "../i18n/useT";
import "../i18n/later/lessons";

/** A text in both languages of the studio. */
export const Localized = z
  .object({ en: z.string().min(1), ko: z.string().min(1) })
  .strict()
  .describe("A text in English and Korean");
export type Localized = z.infer<typeof Localized>;

/** A node named by its id in the pipeline, or (for nodes the student adds) by its kind. */
const NodeRef = z
  .object({
    node: z.string().min(1).optional().describe("The node's id in the pipeline"),
    kind: z.string().min(1).optional().describe("Any node of this kind (e.g. print, window)"),
  })
  .strict();

const json = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const BottomTabName = z.enum([
  "charts",
  "batches",
  "receivers",
  "records",
  "console",
  "outputs",
  "tables",
  "errors",
]);
export const ChartName = z.enum([
  "inputRate",
  "schedulingDelay",
  "processingTime",
  "totalDelay",
  "throughput",
]);
export const LifecycleAction = z.enum([
  "start",
  "addOperation",
  "stop",
  "stopAll",
  "restart",
  "secondContext",
]);
export type LifecycleAction = z.infer<typeof LifecycleAction>;
/** Buttons the side panel offers while a step is shown: StreamingContext calls, losing an executor. */
export const Tool = z.enum(["lifecycle", "answers", "stateWork", "apiTable", "sinkWrites", "faults"]);
/** The inspector's pipeline settings a step may point at (their field ids are `setting-<name>`). */
export const HighlightSetting = z.enum([
  "checkpoint",
  "defaultParallelism",
  "executors",
  "coresPerExecutor",
  "backpressure",
  "seed",
]);
/** Pipeline settings a step may set (the same fields as the inspector's pipeline settings). */
export const SettingName = z.enum(["checkpointDir", "backpressure", "executors", "coresPerExecutor"]);
export type SettingName = z.infer<typeof SettingName>;

/** What a step (or the challenge's start) does, in order. */
export const Action = z.discriminatedUnion("do", [
  z
    .object({
      do: z.literal("loadPipeline"),
      pipeline: z
        .union([z.string().min(1), z.record(z.string(), z.unknown())])
        .describe(
          "A file under public/, e.g. lessons/pipelines/batch-vs-stream.json or examples/running-count.json, or a pipeline document written inline",
        ),
      name: Localized.optional().describe(
        "The opened pipeline's name in each language (else the document's)",
      ),
      description: Localized.optional().describe(
        "The opened pipeline's description in each language (else the document's)",
      ),
    })
    .strict(),
  z.object({ do: z.literal("step"), batches: z.number().int().min(1).max(100) }).strict(),
  z
    .object({
      do: z.literal("run"),
      speed: z.union([z.number().min(0.1).max(10), z.literal("max")]).optional(),
      batches: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe("Pause once this many batches have completed"),
    })
    .strict(),
  z.object({ do: z.literal("pause") }).strict(),
  z.object({ do: z.literal("stop") }).strict(),
  z
    .object({
      do: z.literal("highlight"),
      nodes: z.array(z.string()).optional(),
      edges: z
        .array(z.tuple([z.string(), z.string()]))
        .optional()
        .describe("Edges as [source, target] node ids"),
      chart: ChartName.optional(),
      batchRow: z.number().int().min(0).optional().describe("A row of the batch table, by batch time in ms"),
      setting: HighlightSetting.optional().describe(
        "A field of the pipeline settings (shown when no node is selected), scrolled into view",
      ),
    })
    .strict(),
  z.object({ do: z.literal("openTab"), tab: BottomTabName }).strict(),
  z.object({ do: z.literal("select"), node: z.string() }).strict(),
  z.object({ do: z.literal("setParam"), node: z.string(), param: z.string(), value: json }).strict(),
  z.object({ do: z.literal("setBackpressure"), enabled: z.boolean() }).strict(),
  z.object({ do: z.literal("lifecycle"), action: LifecycleAction }).strict(),
  z
    .object({
      do: z.literal("setSetting"),
      name: SettingName,
      value: json.describe("null or an empty text clears checkpointDir"),
    })
    .strict(),
  z
    .object({
      do: z.literal("openComparison"),
      comparison: z
        .string()
        .min(1)
        .describe(
          'A comparison file under public/ (e.g. lessons/pipelines/late-data-compare.json), or "triggers": the open query in micro-batch and in continuous mode',
        ),
      title: Localized.optional(),
      explanation: Localized.optional().describe("The sentence above the two sides (else the file's)"),
      sides: z
        .tuple([Localized, Localized])
        .optional()
        .describe("The left and right sides' labels (else the file's)"),
    })
    .strict(),
  z.object({ do: z.literal("closeComparison") }).strict(),
  z
    .object({
      do: z.literal("loseExecutor"),
      executor: z
        .string()
        .min(1)
        .describe('A simulated executor\'s id, e.g. "0": lost while the next batch processes'),
    })
    .strict(),
]);
export type Action = z.infer<typeof Action>;

type ConditionShape =
  | ({ check: "param"; param: string; equals?: unknown; min?: number; max?: number } & NodeRefT)
  | { check: "batchInterval"; equals?: number; min?: number; max?: number }
  | {
      check: "setting";
      name: "backpressure" | "checkpointDir" | "writeAheadLog";
      equals?: unknown;
      present?: boolean;
    }
  | { check: "faultOutputs"; equal: boolean; minBatches?: number; receiverHit?: boolean }
  | ({ check: "nodeExists"; min?: number } & NodeRefT)
  | { check: "edge"; from: NodeRefT; to: NodeRefT }
  | { check: "downstream"; from: NodeRefT; to: NodeRefT }
  | { check: "batches"; min: number }
  | { check: "console"; contains: string }
  | ({ check: "windowCovers"; batches: number; slideBatches?: number } & NodeRefT)
  | ({ check: "stateSize"; min?: number; max?: number } & NodeRefT)
  | { check: "schedulingDelay"; of: "last" | "max"; min?: number; max?: number }
  | { check: "lifecycleMessage"; action: LifecycleAction; contains: string }
  | { check: "runError"; contains: string }
  | { check: "structured"; metric: StructuredMetric; min?: number; max?: number }
  | { check: "tableWrites"; min?: number; max?: number }
  | { check: "runState"; equals: "idle" | "running" | "paused" | "stopping" | "starting" | "crashed" }
  | { check: "any"; of: ConditionShape[] }
  | { check: "not"; of: ConditionShape };
type NodeRefT = { node?: string; kind?: string };
/** What a structured run shows, for the `structured` condition (app/lessons/structuredMetrics.ts). */
export const StructuredMetric = z.enum([
  "triggers",
  "inputRows",
  "lateRows",
  "droppedRows",
  "medianLatencyMs",
  "p95LatencyMs",
]);
export type StructuredMetric = z.infer<typeof StructuredMetric>;

const range = { min: z.number().optional(), max: z.number().optional() };

/** Something true of the document or the run: a step waits for it, a challenge checks it. */
export const Condition: z.ZodType<ConditionShape> = z.lazy(() =>
  z.discriminatedUnion("check", [
    NodeRef.extend({
      check: z.literal("param"),
      param: z.string(),
      equals: json.optional(),
      ...range,
    }).strict(),
    z.object({ check: z.literal("batchInterval"), equals: z.number().optional(), ...range }).strict(),
    z
      .object({
        check: z.literal("setting"),
        name: z.enum(["backpressure", "checkpointDir", "writeAheadLog"]),
        equals: json.optional(),
        present: z.boolean().optional(),
      })
      .strict(),
    NodeRef.extend({ check: z.literal("nodeExists"), min: z.number().int().optional() }).strict(),
    z.object({ check: z.literal("edge"), from: NodeRef, to: NodeRef }).strict(),
    z.object({ check: z.literal("downstream"), from: NodeRef, to: NodeRef }).strict(),
    z
      .object({
        check: z.literal("faultOutputs"),
        equal: z
          .boolean()
          .describe(
            "After the last simulated executor loss, the outputs equal (or differ from) the run without it",
          ),
        minBatches: z.number().int().min(1).optional().describe("Batches compared at least (default 1)"),
        receiverHit: z
          .boolean()
          .optional()
          .describe("The executor lost held receiver blocks (true) or not (false)"),
      })
      .strict(),
    z.object({ check: z.literal("batches"), min: z.number().int().min(0) }).strict(),
    z.object({ check: z.literal("console"), contains: z.string() }).strict(),
    NodeRef.extend({
      check: z.literal("windowCovers"),
      batches: z.number().int().min(1),
      slideBatches: z.number().int().min(1).optional(),
    }).strict(),
    NodeRef.extend({ check: z.literal("stateSize"), ...range }).strict(),
    z.object({ check: z.literal("schedulingDelay"), of: z.enum(["last", "max"]), ...range }).strict(),
    z
      .object({ check: z.literal("lifecycleMessage"), action: LifecycleAction, contains: z.string() })
      .strict(),
    z.object({ check: z.literal("runError"), contains: z.string() }).strict(),
    z.object({ check: z.literal("structured"), metric: StructuredMetric, ...range }).strict(),
    z.object({ check: z.literal("tableWrites"), ...range }).strict(),
    z
      .object({
        check: z.literal("runState"),
        equals: z.enum(["idle", "running", "paused", "stopping", "starting", "crashed"]),
      })
      .strict(),
    z.object({ check: z.literal("any"), of: z.array(Condition).min(1) }).strict(),
    z.object({ check: z.literal("not"), of: Condition }).strict(),
  ]),
);
export type Condition = ConditionShape;

export const Step = z
  .object({
    id: z.string().min(1),
    title: Localized.optional(),
    text: Localized,
    actions: z.array(Action).default([]),
    /** The step is done when all of these hold (checked after the actions and on every change). */
    waitFor: z.array(Condition).optional(),
    /** Shown while the step waits: what to do. */
    task: Localized.optional(),
    tools: z.array(Tool).optional(),
  })
  .strict();
export type Step = z.infer<typeof Step>;

export const Challenge = z
  .object({
    text: Localized,
    actions: z.array(Action).default([]),
    checks: z
      .array(z.object({ label: Localized, condition: Condition }).strict())
      .min(1)
      .describe("All must hold; each is listed with its label and a tick"),
    hints: z.array(Localized).default([]),
    tools: z.array(Tool).optional(),
  })
  .strict();
export type Challenge = z.infer<typeof Challenge>;

export const Lesson = z
  .object({
    $schema: z.string().optional(),
    format: z.literal("dstream-studio-lesson"),
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/, { error: () => t("lessons.idFormat") }),
    number: z.number().int().min(0).optional(),
    title: Localized,
    summary: Localized,
    steps: z.array(Step).min(1),
    challenge: Challenge,
  })
  .strict();
export type Lesson = z.infer<typeof Lesson>;

/** The list of built-in lessons (public/lessons/index.json). */
export const LessonIndex = z.array(
  z.object({ id: z.string(), file: z.string(), number: z.number().int(), title: Localized }).strict(),
);
export type LessonIndex = z.infer<typeof LessonIndex>;

export type ParsedLesson = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

/** Validates a lesson file; errors name the field (`steps.2.actions.0.batches: ...`). */
export function parseLesson(input: unknown): ParsedLesson {
  // zod's own messages ("expected number, received string") in the studio's language: a teacher
  // writing a lesson file reads them in the panel.
  const locale = currentLanguage() === "ko" ? z.locales.ko() : z.locales.en();
  const result = Lesson.safeParse(input, { error: locale.localeError });
  if (result.success) return { ok: true, lesson: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`),
  };
}
