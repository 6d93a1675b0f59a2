// The UI language: remembered in localStorage, else the browser's preference (Korean browsers get
// Korean); applied as `lang` on <html> so screen readers, fonts and hyphenation follow.
export const LANGUAGES = ["en", "ko"] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = "dstream-studio:language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function initialLanguage(): Language {
  if (typeof window === "undefined") return "en";
  const saved = window.localStorage?.getItem(KEY);
  if (isLanguage(saved)) return saved;
  const preferred = window.navigator?.languages ?? [window.navigator?.language ?? "en"];
  return preferred.some((l) => l.toLowerCase().startsWith("ko")) ? "ko" : "en";
}

export function applyLanguage(language: Language, remember: boolean): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
  if (remember && typeof window !== "undefined") window.localStorage?.setItem(KEY, language);
}
