import { describe, expect, it } from "vitest";
import { SHORTCUTS } from "./shortcuts";

type Keys = Partial<Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">>;
const actionFor = (keys: Keys) =>
  SHORTCUTS.find((s) =>
    s.matches({
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      code: "",
      ...keys,
    } as KeyboardEvent),
  )?.action;

describe("editor shortcuts", () => {
  it("tells undo from redo, on Ctrl and on ⌘", () => {
    expect(actionFor({ key: "z", ctrlKey: true })).toBe("undo");
    expect(actionFor({ key: "Z", ctrlKey: true, shiftKey: true })).toBe("redo");
    expect(actionFor({ key: "z", metaKey: true, shiftKey: true })).toBe("redo");
    expect(actionFor({ key: "y", ctrlKey: true })).toBe("redo");
  });

  it("maps editing keys, and leaves plain letters alone", () => {
    expect(actionFor({ key: "Delete" })).toBe("delete");
    expect(actionFor({ key: "Backspace" })).toBe("delete");
    expect(actionFor({ key: "d", ctrlKey: true })).toBe("duplicate");
    expect(actionFor({ key: "c", ctrlKey: true })).toBe("copy");
    expect(actionFor({ key: "v", metaKey: true })).toBe("paste");
    expect(actionFor({ key: "L", shiftKey: true })).toBe("autoLayout");
    expect(actionFor({ key: "!", code: "Digit1", shiftKey: true })).toBe("fitView");
    expect(actionFor({ key: "?", shiftKey: true })).toBe("help");
    expect(actionFor({ key: "P", shiftKey: true })).toBe("focusMode");
    expect(actionFor({ key: "p" })).toBeUndefined();
    expect(actionFor({ key: "l" })).toBeUndefined();
    expect(actionFor({ key: "Delete", ctrlKey: true })).toBeUndefined();
  });

  it("lists every action the key handler knows, so the help dialog shows them all", () => {
    const actions = new Set(SHORTCUTS.map((s) => s.action));
    for (const action of [
      "delete",
      "copy",
      "paste",
      "duplicate",
      "undo",
      "redo",
      "selectAll",
      "deselect",
      "autoLayout",
      "fitView",
      "focusMode",
      "help",
    ] as const) {
      expect(actions.has(action)).toBe(true);
    }
  });
});
