// Start-up and hashchange hook for lesson links (#lesson=..., #lesson-data=...): the lesson opens in the
// player, at its challenge when the link says so; the hash is then cleared so a reload does not reopen it.
import { t } from "../i18n/useT";
import { useStudio } from "../store";
import { builtinLesson } from "./lessonCatalog";
import { decodeLessonData, parseLessonHash } from "./lessonLinks";
import { useLessons } from "./lessonStore";
import "../i18n/later/lessons";

export async function openLessonFromHash(): Promise<boolean> {
  const link = parseLessonHash(window.location.hash);
  if (!link) return false;
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  const toast = useStudio.getState().showToast;
  try {
    if (link.data) {
      const parsed = decodeLessonData(link.data);
      if (!parsed.ok) {
        toast(t("lessons.linkError", { error: parsed.errors[0] }));
        return false;
      }
      const lesson = parsed.lesson;
      useLessons.getState().open(lesson, "link", link.challenge ? lesson.steps.length : 0);
      return true;
    }
    const lesson = await builtinLesson(link.id ?? "");
    if (!lesson) {
      toast(t("lessons.unknownLesson", { id: link.id ?? "" }));
      return false;
    }
    useLessons.getState().open(lesson, "builtin", link.challenge ? lesson.steps.length : 0);
    return true;
  } catch (e) {
    toast(t("lessons.linkError", { error: (e as Error).message }));
    return false;
  }
}
