// A language's tables that live beside i18next's resources (node kinds' texts, the examples' titles),
// by language. Filled when the language loads (i18n.ts's loader): English needs none, it is the source.
import type { ExampleTranslation } from "./exampleText";
import type { KindTranslation } from "./kindText";

export const kindTables: Record<string, Record<string, KindTranslation>> = {};
export const exampleTables: Record<string, Record<string, ExampleTranslation>> = {};
