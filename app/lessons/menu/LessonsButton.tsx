// The toolbar's Lessons button (the presenter-mode switch is presenter/PresenterButton.tsx).
import { useT } from "../../i18n/useT";
import { Icon } from "../../widgets/Icon";
import { useLessons } from "../lessonStore";

export function LessonsButton() {
  const t = useT();
  return (
    <fieldset className="toolbar-group lessons-group" aria-label={t("lessons.menu")}>
      <button
        type="button"
        className="btn"
        data-testid="lessons-button"
        title={t("lessons.menuTitle")}
        onClick={() => useLessons.getState().setMenuOpen(true)}
      >
        <Icon name="lessons" />
        <span className="btn-label">{t("lessons.menu")}</span>
      </button>
    </fieldset>
  );
}
