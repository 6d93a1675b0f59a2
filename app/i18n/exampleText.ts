// The examples gallery's titles and descriptions live in public/examples/index.json and
// structured/index.json (English); the Korean ones are here, by file name, with the English as the
// fallback. An example opened in Korean is named and described in Korean (the document's own name
// is English), and a side-by-side comparison shows its title, explanation and sides in Korean.
import { useTranslation } from "react-i18next";
import type { PipelineDocument } from "../../engine/graph/types";
import type { Comparison } from "../structured/compare/comparison";
import { exampleTables } from "./languageTables";

export interface ExampleTranslation {
  title: string;
  description: string;
  /** The opened document's name and description, when they differ from the gallery's title. */
  name?: string;
  documentDescription?: string;
  comparison?: { title: string; explanation: string; left: string; right: string };
}

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
    /** The example's document, named and described in the language. */
    document: (ex: Example, doc: PipelineDocument): PipelineDocument => {
      const tr = table?.[ex.file];
      if (!tr) return doc;
      return { ...doc, name: tr.name ?? tr.title, description: tr.documentDescription ?? tr.description };
    },
    /** The example's comparison, its words in the language. */
    comparison: (ex: Example, c: Comparison): Comparison => {
      const tr = table?.[ex.file]?.comparison;
      if (!tr) return c;
      const [left, right] = c.sides;
      return {
        ...c,
        title: tr.title,
        explanation: tr.explanation,
        sides: [
          { ...left, label: tr.left },
          { ...right, label: tr.right },
        ],
      };
    },
  };
}
