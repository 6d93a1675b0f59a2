// A table of plain strings read from the catalog at the moment they are shown: `S.title` stays a
// property access at the call site, and follows the language. The keys are strings here (no typed
// key), so catalogStrings.test.ts checks that every table's keys exist in both languages.
import { i18n } from "./i18n";

const lookUp = i18n.t.bind(i18n) as unknown as (key: string) => string;

export function catalogStrings<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const key of keys)
    Object.defineProperty(table, key, { enumerable: true, get: () => lookUp(`${prefix}.${key}`) });
  return table;
}
