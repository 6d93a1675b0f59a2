// Keyboard shortcuts and gestures, from the same table the key handler uses.

import { GESTURES, SHORTCUTS } from "../canvas/shortcuts";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { Dialog } from "./Dialog";
import "../i18n/later/dialogs";
import "../i18n/later/shortcuts";

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const openDialog = useStudio((s) => s.openDialog);
  return (
    <Dialog title={t("dialogs.help.title")} onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{t(`shortcuts.${s.action}`)}</td>
            </tr>
          ))}
          {GESTURES.map((g) => (
            <tr key={g.id}>
              <td>
                <kbd>{t(`shortcuts.gesture.${g.id}.keys`)}</kbd>
              </td>
              <td>{t(`shortcuts.gesture.${g.id}.label`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("dialogs.help.mac")}</p>
      <p>
        <button
          type="button"
          className="btn"
          onClick={() => openDialog("glossary")}
          data-testid="open-glossary"
        >
          {t("dialogs.help.glossary")}
        </button>
      </p>
    </Dialog>
  );
}
