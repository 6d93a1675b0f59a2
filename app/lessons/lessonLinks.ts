// Lessons and challenges as links. A built-in lesson is named (`#lesson=windows`, `#lesson=windows&at=challenge`);
// a teacher's own lesson travels whole in the hash (`#lesson-data=...`, lz-string), so a link works
// without a server. Opening one plays it; its pipelines ask before their functions run.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { t } from "../i18n/useT";
import type { LessonOrigin } from "./lessonStore";
import type { Lesson } from "./schema";
import { parseLesson } from "./schema";
import "../i18n/later/lessons";

export interface LessonHash {
  id?: string;
  data?: string;
  challenge: boolean;
}

export function parseLessonHash(hash: string): LessonHash | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const id = params.get("lesson") ?? undefined;
  const data = params.get("lesson-data") ?? undefined;
  if (!id && !data) return null;
  return { id, data, challenge: params.get("at") === "challenge" };
}

export function lessonHash(lesson: Lesson, origin: LessonOrigin, challenge: boolean): string {
  const at = challenge ? "&at=challenge" : "";
  if (origin === "builtin") return `#lesson=${encodeURIComponent(lesson.id)}${at}`;
  return `#lesson-data=${compressToEncodedURIComponent(JSON.stringify(lesson))}${at}`;
}

export function decodeLessonData(data: string): ReturnType<typeof parseLesson> {
  const json = decompressFromEncodedURIComponent(data);
  if (!json) return { ok: false, errors: [t("lessons.linkDamaged")] };
  try {
    return parseLesson(JSON.parse(json));
  } catch (e) {
    return { ok: false, errors: [t("lessons.linkNotJson", { message: (e as Error).message })] };
  }
}
