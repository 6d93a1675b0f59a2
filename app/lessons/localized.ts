// A lesson text in the studio's language (lesson files carry both).
import { useTranslation } from "react-i18next";
import type { Localized } from "./schema";

export function pick(text: Localized, language: string): string {
  return language === "ko" ? text.ko : text.en;
}

/** Re-renders on a language change. */
export function useLocalized(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (text) => pick(text, language);
}
