// A lesson's pipeline: a file under public/ (lessons/pipelines/..., examples/...) or a document written
// inline in the lesson. It opens as a new pipeline; one from a lesson file or link someone else wrote
// asks before its functions run, as a shared pipeline does.
import { parsePipeline } from "../../../engine/graph/schema";
import { t } from "../../i18n/useT";
import { openDocumentAsNew } from "../../persistence/pipelines";
import { setTrust } from "../../persistence/pipelineTrust";
import type { LessonOrigin } from "../lessonStore";

export async function fetchPublicJson(path: string): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path.replace(/^\/+/, "")}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

export async function loadLessonPipeline(pipeline: string | object, origin: LessonOrigin): Promise<string> {
  const input = typeof pipeline === "string" ? await fetchPublicJson(pipeline) : pipeline;
  const parsed = parsePipeline(input);
  const where = typeof pipeline === "string" ? pipeline : t("lessons.inlinePipeline");
  if (!parsed.ok) throw new Error(t("lessons.invalidPipeline", { where, error: parsed.errors[0] }));
  const trusted = origin === "builtin" && typeof pipeline === "string";
  return openDocumentAsNew(parsed.doc, trusted ? undefined : (id) => setTrust(id, "ask"));
}
