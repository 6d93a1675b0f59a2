// A lesson's pipeline: a file under public/ (lessons/pipelines/..., examples/...) or a document written
// inline in the lesson. It opens as a new pipeline; one from a lesson file or link someone else wrote
// asks before its functions run, as a shared pipeline does.
import { parsePipeline } from "../../../engine/graph/schema";
import { currentLanguage } from "../../i18n/i18n";
import { t } from "../../i18n/useT";
import { openDocumentAsNew } from "../../persistence/pipelines";
import { setTrust } from "../../persistence/pipelineTrust";
import type { LessonOrigin } from "../lessonStore";
import { pick } from "../localized";
import type { Action } from "../schema";
import "../../i18n/later/lessons";

export async function fetchPublicJson(path: string): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path.replace(/^\/+/, "")}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** Opens the action's pipeline, named and described in the studio's language where the lesson says how. */
export async function loadLessonPipeline(
  { pipeline, name, description }: Extract<Action, { do: "loadPipeline" }>,
  origin: LessonOrigin,
): Promise<string> {
  const input = typeof pipeline === "string" ? await fetchPublicJson(pipeline) : pipeline;
  const parsed = parsePipeline(input);
  const where = typeof pipeline === "string" ? pipeline : t("lessons.inlinePipeline");
  if (!parsed.ok) throw new Error(t("lessons.invalidPipeline", { where, error: parsed.errors[0] }));
  const trusted = origin === "builtin" && typeof pipeline === "string";
  const language = currentLanguage();
  const doc = {
    ...parsed.doc,
    name: name ? pick(name, language) : parsed.doc.name,
    description: description ? pick(description, language) : parsed.doc.description,
  };
  return openDocumentAsNew(doc, trusted ? undefined : (id) => setTrust(id, "ask"));
}
