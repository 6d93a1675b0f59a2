// The one i18next instance. English is bundled: what the first screen shows comes with the page
// (en/firstScreen/), the rest of an area arrives with the feature that shows it (i18n/later/, through
// addEnglish) so the first load does not carry the lessons', dialogs' and panes' text. Another language's resources
// (i18next's strings, the node kinds' texts, the examples' titles: koBundle.ts) are fetched when that
// language is first asked for, through a small i18next backend, so `i18n.changeLanguage("ko")` anywhere
// loads them. The page waits for `i18nReady` before its first render, so a Korean visitor never sees
// English first. The language comes from the remembered preference; every change is remembered and
// mirrored on <html lang>.
import i18next, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Resources } from "./en";
import { enFirstScreen } from "./en/firstScreen";
import { applyLanguage, initialLanguage, type Language } from "./languagePreference";
import { exampleTables, kindTables } from "./languageTables";

export const i18n = i18next.createInstance();

/** Loads a language's bundle once, registering the tables that live beside i18next's resources. */
const bundles: Partial<Record<Language, Promise<ResourceKey>>> = {};
function loadBundle(language: Language): Promise<ResourceKey> {
  bundles[language] ??= import("./koBundle").then(({ koBundle }) => {
    kindTables[language] = koBundle.kinds;
    exampleTables[language] = koBundle.examples;
    return koBundle.translation;
  });
  return bundles[language];
}

const lazyLanguages: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    if (language !== "ko") {
      callback(null, {});
      return;
    }
    loadBundle(language).then(
      (resources) => callback(null, resources),
      (e: Error) => callback(e, false),
    );
  },
};

/** Settles when the initial language's resources are in (at once for English). */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: enFirstScreen } },
    // English is bundled; other languages come from the backend above.
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: "en",
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  .catch(() => undefined);
applyLanguage(i18n.language as Language, false);

/** Adds English text of a feature that loads later, merged into the areas already there (idempotent). */
export function addEnglish(areas: Partial<Resources>): void {
  i18n.addResourceBundle("en", "translation", areas, true, true);
}

// Node (unit tests) downloads nothing: every language is there at once, so switching is synchronous.
if (typeof window === "undefined") await i18n.loadLanguages("ko");
// Unit tests have all of English from the start, so a text does not depend on which modules a test
// imported. The build drops this (MODE is "production" there): the page adds English as features load.
if (import.meta.env.MODE === "test") addEnglish((await import("./en")).en);

export function setLanguage(language: Language): void {
  applyLanguage(language, true);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === "ko" ? "ko" : "en";
}
