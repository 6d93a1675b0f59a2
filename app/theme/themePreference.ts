// The light/dark choice: remembered in localStorage, else the system's preference; applied as
// `data-theme` on <html> so every CSS variable follows.
export type Theme = "light" | "dark";
const KEY = "dstream-studio:theme";

export function initialTheme(): Theme {
  if (typeof window === "undefined") return "light";
  const saved = window.localStorage?.getItem(KEY);
  if (saved === "light" || saved === "dark") return saved;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function applyTheme(theme: Theme, remember: boolean): void {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.theme = theme;
  if (remember) window.localStorage?.setItem(KEY, theme);
}
