// The editor's keyboard shortcuts: one table, used by the key handler and listed by the help dialog.
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
  label: string;
  matches: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: "delete",
    keys: "Delete / Backspace",
    label: "Delete the selected nodes and edges",
    matches: (e) => plain(e) && (e.key === "Delete" || e.key === "Backspace"),
  },
  {
    action: "copy",
    keys: "Ctrl+C",
    label: "Copy the selected nodes",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "c",
  },
  {
    action: "paste",
    keys: "Ctrl+V",
    label: "Paste",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "v",
  },
  {
    action: "duplicate",
    keys: "Ctrl+D",
    label: "Duplicate the selected nodes",
    matches: (e) => mod(e) && e.key.toLowerCase() === "d",
  },
  {
    action: "undo",
    keys: "Ctrl+Z",
    label: "Undo",
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "z",
  },
  {
    action: "redo",
    keys: "Ctrl+Shift+Z / Ctrl+Y",
    label: "Redo",
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === "z") || e.key.toLowerCase() === "y"),
  },
  {
    action: "selectAll",
    keys: "Ctrl+A",
    label: "Select every node",
    matches: (e) => mod(e) && e.key.toLowerCase() === "a",
  },
  {
    action: "deselect",
    keys: "Esc",
    label: "Clear the selection, close menus",
    matches: (e) => e.key === "Escape",
  },
  {
    action: "autoLayout",
    keys: "Shift+L",
    label: "Auto-layout left to right",
    matches: (e) => e.shiftKey && !mod(e) && e.key.toLowerCase() === "l",
  },
  {
    action: "fitView",
    keys: "Shift+1",
    label: "Fit the whole pipeline in view",
    matches: (e) => e.shiftKey && !mod(e) && (e.code === "Digit1" || e.key === "!"),
  },
  {
    action: "focusMode",
    keys: "Shift+P",
    label: "Presentation mode: hide the side panels",
    matches: (e) => e.shiftKey && !mod(e) && !e.altKey && e.key.toLowerCase() === "p",
  },
  { action: "help", keys: "?", label: "Show this help", matches: (e) => !mod(e) && e.key === "?" },
];

/** Mouse gestures listed with the shortcuts. */
export type GestureId = "add" | "connect" | "select" | "menu" | "zoom";
export const GESTURES: readonly { id: GestureId; keys: string; label: string }[] = [
  { id: "add", keys: "Drag from palette / double-click", label: "Add a node" },
  { id: "connect", keys: "Drag handle → handle", label: "Connect an output to an input" },
  { id: "select", keys: "Shift+drag / Ctrl+click", label: "Select several nodes" },
  { id: "menu", keys: "Right-click", label: "Node, edge and canvas menu" },
  { id: "zoom", keys: "Scroll / drag the canvas", label: "Zoom / pan" },
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
