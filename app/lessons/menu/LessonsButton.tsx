// The toolbar's Lessons button and the presenter-mode switch.
import { useT } from "../../i18n/useT";
import { useLessons } from "../lessonStore";

export function LessonsButton() {
  const t = useT();
  const presenter = useLessons((s) => s.presenter);
  return (
    <fieldset className="toolbar-group" aria-label={t("lessons.menu")}>
      <button
        type="button"
        className="btn"
        data-testid="lessons-button"
        title={t("lessons.menuTitle")}
        onClick={() => useLessons.getState().setMenuOpen(true)}
      >
        {t("lessons.menu")}
      </button>
      <button
        type="button"
        className={presenter ? "btn is-active" : "btn"}
        aria-pressed={presenter}
        data-testid="presenter-button"
        title={t("lessons.presenterTitle")}
        onClick={() => useLessons.getState().setPresenter(!presenter)}
      >
        {t("lessons.presenter")}
      </button>
    </fieldset>
  );
}
