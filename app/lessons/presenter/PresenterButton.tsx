// The toolbar's presenter-mode switch: an icon with its name as tooltip and accessible name, so that it
// fits beside the other view controls at 1024 px in every language.
import { useT } from "../../i18n/useT";
import { Icon } from "../../widgets/Icon";
import { useLessons } from "../lessonStore";

export function PresenterButton() {
  const t = useT();
  const presenter = useLessons((s) => s.presenter);
  return (
    <button
      type="button"
      className={presenter ? "btn btn-icon is-on" : "btn btn-icon"}
      aria-pressed={presenter}
      aria-label={t("lessons.presenter")}
      data-testid="presenter-button"
      title={t("lessons.presenterTitle")}
      onClick={() => useLessons.getState().setPresenter(!presenter)}
    >
      <Icon name="presenter" />
    </button>
  );
}
