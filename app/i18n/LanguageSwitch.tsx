// The language choice in the toolbar: each language is named in itself, so anyone can find theirs.
import { currentLanguage, setLanguage } from "./i18n";
import { isLanguage, type Language } from "./languagePreference";
import { useT } from "./useT";

/** Endonyms: never translated. */
const NAMES: Record<Language, string> = { en: "English", ko: "한국어" };

export function LanguageSwitch() {
  const t = useT();
  return (
    <label className="toolbar-field language-switch" title={t("common.languageTitle")}>
      <select
        aria-label={t("common.language")}
        data-testid="language-switch"
        value={currentLanguage()}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {(Object.keys(NAMES) as Language[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
