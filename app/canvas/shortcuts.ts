// The editor's keyboard shortcuts: one table, used by the key handler and listed by the help dialog
// (what each does is in the catalog: shortcuts.<action>).
export type ShortcutAction =
  | "delete"
  | "copy"
  | "paste"
  | "duplicate"
  | "undo"
  | "redo"
  | "selectAll"
  | "deselect"
  | "autoLayout"
  | "fitView"
  | "focusMode"
  | "help";

export interface Shortcut {
  action: ShortcutAction;
  keys: string;
  matches: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: "delete",
    keys: "Delete / Backspace",
    matches: (e) => plain(e) && (e.key === "Delete" || e.key === "Backspace"),
  },
  {
    action: "copy",
    keys: "Ctrl+C",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "c",
  },
  {
    action: "paste",
    keys: "Ctrl+V",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "v",
  },
  {
    action: "duplicate",
    keys: "Ctrl+D",
    matches: (e) => mod(e) && e.key.toLowerCase() === "d",
  },
  {
    action: "undo",
    keys: "Ctrl+Z",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "z",
  },
  {
    action: "redo",
    keys: "Ctrl+Shift+Z / Ctrl+Y",
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === "z") || e.key.toLowerCase() === "y"),
  },
  {
    action: "selectAll",
    keys: "Ctrl+A",
    matches: (e) => mod(e) && e.key.toLowerCase() === "a",
  },
  {
    action: "deselect",
    keys: "Esc",
    matches: (e) => e.key === "Escape",
  },
  {
    action: "autoLayout",
    keys: "Shift+L",
    matches: (e) => e.shiftKey && !mod(e) && e.key.toLowerCase() === "l",
  },
  {
    action: "fitView",
    keys: "Shift+1",
    matches: (e) => e.shiftKey && !mod(e) && (e.code === "Digit1" || e.key === "!"),
  },
  {
    action: "focusMode",
    keys: "Shift+P",
    matches: (e) => e.shiftKey && !mod(e) && !e.altKey && e.key.toLowerCase() === "p",
  },
  { action: "help", keys: "?", matches: (e) => !mod(e) && e.key === "?" },
];

/** Mouse gestures listed with the shortcuts (their words are in the catalog: shortcuts.gesture.<id>). */
export type GestureId = "add" | "connect" | "select" | "menu" | "zoom";
export const GESTURES: readonly { id: GestureId }[] = [
  { id: "add" },
  { id: "connect" },
  { id: "select" },
  { id: "menu" },
  { id: "zoom" },
];

/** True when a key press belongs to a text field or code editor, not to the canvas. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest(".cm-editor") !== null
  );
}
