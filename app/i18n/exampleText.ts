// The examples gallery's titles and descriptions live in public/examples/index.json (English); the
// Korean ones are here, by file name, with the English as the fallback.
import { useTranslation } from "react-i18next";
import { exampleTables } from "./languageTables";

interface Example {
  file: string;
  title: string;
  description: string;
}
// Filled when a language loads (i18n.ts).
const tables = exampleTables;

export function useExampleText() {
  const { i18n } = useTranslation();
  const table = tables[i18n.language];
  return {
    title: (ex: Example) => table?.[ex.file]?.title ?? ex.title,
    description: (ex: Example) => table?.[ex.file]?.description ?? ex.description,
  };
}
