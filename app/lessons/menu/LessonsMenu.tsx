// The Lessons menu: the built-in lessons in order, and a teacher's own lesson file.
import { useEffect, useRef, useState } from "react";
import { Dialog } from "../../dialogs/Dialog";
import { useT } from "../../i18n/useT";
import { fetchLesson, lessonIndex } from "../lessonCatalog";
import { useLessons } from "../lessonStore";
import { useLocalized } from "../localized";
import { type LessonIndex, parseLesson } from "../schema";
import "../../i18n/later/lessons";

export function LessonsMenu() {
  const t = useT();
  const text = useLocalized();
  const [entries, setEntries] = useState<LessonIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const close = () => useLessons.getState().setMenuOpen(false);

  useEffect(() => {
    lessonIndex()
      .then(setEntries)
      .catch((e: Error) => setError(t("lessons.loadError", { message: e.message })));
  }, [t]);

  const openBuiltin = async (file: string) => {
    try {
      useLessons.getState().open(await fetchLesson(file), "builtin");
    } catch (e) {
      setError(t("lessons.loadError", { message: (e as Error).message }));
    }
  };

  const openFile = async (file: File) => {
    let parsed: ReturnType<typeof parseLesson>;
    try {
      parsed = parseLesson(JSON.parse(await file.text()));
    } catch (e) {
      parsed = { ok: false, errors: [(e as Error).message] };
    }
    if (!parsed.ok)
      return setError(
        t("lessons.invalidFile", { name: file.name, error: parsed.errors.slice(0, 3).join("; ") }),
      );
    useLessons.getState().open(parsed.lesson, "file");
  };

  return (
    <Dialog title={t("lessons.menuTitle")} onClose={close} wide>
      <p className="muted">{t("lessons.menuIntro")}</p>
      {error && (
        <p className="issue-box is-error" role="alert" data-testid="lessons-error">
          {error}
        </p>
      )}
      {!entries && !error && <p className="muted">{t("lessons.loading")}</p>}
      <ol className="lessons-list" data-testid="lessons-list">
        {entries?.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="lessons-item"
              data-testid={`open-lesson-${e.id}`}
              onClick={() => void openBuiltin(e.file)}
            >
              <span className="lessons-number">{e.number}</span>
              <span>{text(e.title)}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        title={t("lessons.openFileTitle")}
        onClick={() => fileInput.current?.click()}
      >
        {t("lessons.openFile")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="lesson-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void openFile(file);
        }}
      />
    </Dialog>
  );
}
