// The top bar: title, edit history and layout, run controls, files, theme and help.

import { useCanvasCommands } from "../canvas/useCanvasCommands";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useT } from "../i18n/useT";
import { LessonsButton } from "../lessons/menu/LessonsButton";
import { PresenterButton } from "../lessons/presenter/PresenterButton";
import { useStudio } from "../store";
import type { DialogName } from "../store/uiSlice";
import { Icon, type IconName } from "../widgets/Icon";
import { RunControls } from "./RunControls";
import "./toolbar.css";

type ToolbarKey =
  | "examples"
  | "examplesTitle"
  | "import"
  | "importTitle"
  | "export"
  | "exportTitle"
  | "share"
  | "shareTitle";

/** The dialogs opened from the toolbar; each button's icon has the dialog's name. */
const FILE_BUTTONS: readonly {
  dialog: DialogName & IconName;
  labelKey: ToolbarKey;
  titleKey: ToolbarKey;
  keepLabel?: boolean;
}[] = [
  { dialog: "examples", labelKey: "examples", titleKey: "examplesTitle", keepLabel: true },
  { dialog: "import", labelKey: "import", titleKey: "importTitle" },
  { dialog: "export", labelKey: "export", titleKey: "exportTitle" },
  { dialog: "share", labelKey: "share", titleKey: "shareTitle" },
];

export function Toolbar() {
  const t = useT();
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const theme = useStudio((s) => s.theme);
  const focusMode = useStudio((s) => s.focusMode);
  const { undo, redo, openDialog, toggleTheme, toggleFocusMode } = useStudio.getState();
  const { autoLayout, fitView } = useCanvasCommands();

  return (
    <header className="toolbar">
      <div className="toolbar-group brand">
        <span className="brand-mark" aria-hidden="true">
          ◈
        </span>
        <h1>DStream Studio</h1>
      </div>
      <fieldset className="toolbar-group" aria-label={t("toolbar.edit")}>
        <button
          type="button"
          className="btn btn-icon"
          onClick={undo}
          disabled={!canUndo}
          aria-label={t("toolbar.undo")}
          title={t("toolbar.undoTitle")}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={redo}
          disabled={!canRedo}
          aria-label={t("toolbar.redo")}
          title={t("toolbar.redoTitle")}
        >
          <Icon name="redo" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={() => void autoLayout()}
          aria-label={t("toolbar.autoLayout")}
          title={t("toolbar.autoLayoutTitle")}
        >
          <Icon name="layout" />
        </button>
        <button
          type="button"
          className="btn btn-icon fit-view-button"
          onClick={fitView}
          aria-label={t("toolbar.fitView")}
          title={t("toolbar.fitViewTitle")}
        >
          <Icon name="fit" />
        </button>
      </fieldset>
      <RunControls />
      <LessonsButton />
      <fieldset className="toolbar-group files-group" aria-label={t("toolbar.files")}>
        {FILE_BUTTONS.map((b) => (
          <button
            key={b.dialog}
            type="button"
            className={b.keepLabel ? "btn btn-keep-label" : "btn"}
            onClick={() => openDialog(b.dialog)}
            title={t(`toolbar.${b.titleKey}`)}
          >
            <Icon name={b.dialog} />
            <span className="btn-label">{t(`toolbar.${b.labelKey}`)}</span>
          </button>
        ))}
      </fieldset>
      <div className="toolbar-group toolbar-end">
        <LanguageSwitch />
        <PresenterButton />
        <button
          type="button"
          className={focusMode ? "btn btn-icon is-on" : "btn btn-icon"}
          onClick={() => {
            toggleFocusMode();
            requestAnimationFrame(() => fitView());
          }}
          aria-label={t("toolbar.presentation")}
          aria-pressed={focusMode}
          title={t("toolbar.presentationTitle")}
        >
          <Icon name="present" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={toggleTheme}
          aria-label={theme === "dark" ? t("toolbar.lightTheme") : t("toolbar.darkTheme")}
          title={t("toolbar.themeTitle")}
        >
          <Icon name={theme === "dark" ? "sun" : "moon"} />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={() => openDialog("help")}
          aria-label={t("toolbar.help")}
          title={t("toolbar.helpTitle")}
        >
          <Icon name="help" />
        </button>
      </div>
    </header>
  );
}
