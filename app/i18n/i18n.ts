// The one i18next instance. Resources are bundled (no loading flash); the language comes from the
// remembered preference, and every change is remembered and mirrored on <html lang>.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { ko } from "./ko";
import { applyLanguage, initialLanguage, type Language } from "./languagePreference";

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: initialLanguage(),
  fallbackLng: "en",
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyLanguage(i18n.language as Language, false);

export function setLanguage(language: Language): void {
  applyLanguage(language, true);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === "ko" ? "ko" : "en";
}
