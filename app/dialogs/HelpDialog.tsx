// Keyboard shortcuts and gestures, from the same table the key handler uses.
import { GESTURES, SHORTCUTS } from "../canvas/shortcuts";
import { Dialog } from "./Dialog";

export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
          {GESTURES.map((g) => (
            <tr key={g.keys}>
              <td>
                <kbd>{g.keys}</kbd>
              </td>
              <td>{g.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">On a Mac, use ⌘ for Ctrl.</p>
    </Dialog>
  );
}
