// The examples gallery's titles and descriptions live in public/examples/index.json (English); the
// Korean ones are here, by file name, with the English as the fallback.
import { useTranslation } from "react-i18next";
import { koExamples } from "./ko/examples";

interface Example {
  file: string;
  title: string;
  description: string;
}
const tables: Record<string, Record<string, { title: string; description: string }>> = { ko: koExamples };

export function useExampleText() {
  const { i18n } = useTranslation();
  const table = tables[i18n.language];
  return {
    title: (ex: Example) => table?.[ex.file]?.title ?? ex.title,
    description: (ex: Example) => table?.[ex.file]?.description ?? ex.description,
  };
}
