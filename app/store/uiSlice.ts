// Editor chrome state: toasts, which dialog is open, the clipboard, the autosave status, the theme.
import { applyTheme, initialTheme, type Theme } from "../theme/themePreference";
import type { Clipboard } from "./documentEdits";
import type { SliceCreator } from "./types";

export type DialogName = "help" | "examples" | "pipelines" | "export" | "import" | "share" | "glossary";
export type SaveStatus = "saved" | "saving" | "unsaved" | "error";

export interface Toast {
  id: number;
  message: string;
  tone: "error" | "info";
}

export interface UiSlice {
  toasts: Toast[];
  dialog: DialogName | null;
  clipboard: Clipboard | null;
  saveStatus: SaveStatus;
  theme: Theme;
  toggleTheme: () => void;
  /** Presentation mode: palette and inspector hidden, the canvas gets the room (for projectors). */
  focusMode: boolean;
  toggleFocusMode: () => void;
  showToast: (message: string, tone?: Toast["tone"]) => void;
  dismissToast: (id: number) => void;
  openDialog: (dialog: DialogName) => void;
  closeDialog: () => void;
  setSaveStatus: (status: SaveStatus) => void;
}

const TOAST_MS = 6000;
let nextToastId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  toasts: [],
  dialog: null,
  clipboard: null,
  saveStatus: "saved",
  theme: initialTheme(),
  focusMode: false,
  toggleFocusMode: () => set({ focusMode: !get().focusMode }),
  toggleTheme: () => {
    const theme = get().theme === "dark" ? "light" : "dark";
    applyTheme(theme, true);
    set({ theme });
  },
  showToast: (message, tone = "error") => {
    const id = nextToastId++;
    // Keep the three newest; a repeated message replaces its older copy.
    set({
      toasts: [
        ...get()
          .toasts.filter((t) => t.message !== message)
          .slice(-2),
        { id, message, tone },
      ],
    });
    setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
});
