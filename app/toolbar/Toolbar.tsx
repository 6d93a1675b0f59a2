// The top bar: title, edit history and layout, run controls, files, theme and help.

import { useCanvasCommands } from "../canvas/useCanvasCommands";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { LessonsButton } from "../lessons/menu/LessonsButton";
import { useStudio } from "../store";
import type { DialogName } from "../store/uiSlice";
import { Icon, type IconName } from "../widgets/Icon";
import { RunControls } from "./RunControls";

/** The dialogs opened from the toolbar; each button's icon has the dialog's name. */
const FILE_BUTTONS: readonly {
  dialog: DialogName & IconName;
  label: string;
  title: string;
  keepLabel?: boolean;
}[] = [
  { dialog: "examples", label: "Examples", title: "Examples gallery", keepLabel: true },
  { dialog: "import", label: "Import", title: "Import a pipeline (JSON)" },
  { dialog: "export", label: "Export", title: "Export as code, JSON or image" },
  { dialog: "share", label: "Share", title: "Share a link to this pipeline" },
];

export function Toolbar() {
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
      <fieldset className="toolbar-group" aria-label="Edit">
        <button
          type="button"
          className="btn btn-icon"
          onClick={undo}
          disabled={!canUndo}
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={redo}
          disabled={!canRedo}
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
        >
          <Icon name="redo" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={() => void autoLayout()}
          aria-label="Auto-layout"
          title="Auto-layout left to right (Shift+L)"
        >
          <Icon name="layout" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={fitView}
          aria-label="Fit view"
          title="Fit view (Shift+1)"
        >
          <Icon name="fit" />
        </button>
      </fieldset>
      <RunControls />
      <LessonsButton />
      <fieldset className="toolbar-group files-group" aria-label="Files">
        {FILE_BUTTONS.map((b) => (
          <button
            key={b.dialog}
            type="button"
            className={b.keepLabel ? "btn btn-keep-label" : "btn"}
            onClick={() => openDialog(b.dialog)}
            title={b.title}
          >
            <Icon name={b.dialog} />
            <span className="btn-label">{b.label}</span>
          </button>
        ))}
      </fieldset>
      <div className="toolbar-group toolbar-end">
        <LanguageSwitch />
        <button
          type="button"
          className={focusMode ? "btn btn-icon is-on" : "btn btn-icon"}
          onClick={() => {
            toggleFocusMode();
            requestAnimationFrame(() => fitView());
          }}
          aria-label="Presentation mode"
          aria-pressed={focusMode}
          title="Presentation mode: hide the side panels (Shift+P)"
        >
          <Icon name="present" />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={toggleTheme}
          aria-label={theme === "dark" ? "Light theme" : "Dark theme"}
          title="Toggle light / dark theme"
        >
          <Icon name={theme === "dark" ? "sun" : "moon"} />
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={() => openDialog("help")}
          aria-label="Help"
          title="Keyboard shortcuts (?)"
        >
          <Icon name="help" />
        </button>
      </div>
    </header>
  );
}
