// The node kinds' texts come from the engine's specs in English; the app translates them by kind
// name and param name (ko/kinds.ts). Labels that are Spark's API names (map, reduceByKey) stay as
// they are in every language; a missing translation falls back to the spec's English.

import { useTranslation } from "react-i18next";
import type { NodeKindSpec, ParamSpec } from "../../engine/graph/types";
import { i18n } from "./i18n";
import { kindTables } from "./languageTables";

export interface KindTranslation {
  /** Only for kinds whose label is not an API name (e.g. "Random words"). */
  label?: string;
  doc: string;
  params?: Record<string, ParamTranslation>;
}
export interface ParamTranslation {
  label: string;
  doc: string;
  /** enum options by value */
  options?: Record<string, string>;
  placeholder?: string;
}

// Filled when a language loads (i18n.ts): the page fetches a language's tables only when it is chosen.
const tables = kindTables;

function entry(language: string, kind: string): KindTranslation | undefined {
  return tables[language]?.[kind];
}

export function kindTextIn(language: string) {
  return {
    label: (spec: Pick<NodeKindSpec, "kind" | "label">) => entry(language, spec.kind)?.label ?? spec.label,
    doc: (spec: Pick<NodeKindSpec, "kind" | "doc">) => entry(language, spec.kind)?.doc ?? spec.doc,
    paramLabel: (kind: string, p: Pick<ParamSpec, "name" | "label">) =>
      entry(language, kind)?.params?.[p.name]?.label ?? p.label,
    paramDoc: (kind: string, p: Pick<ParamSpec, "name" | "doc">) =>
      entry(language, kind)?.params?.[p.name]?.doc ?? p.doc,
    optionLabel: (kind: string, param: string, option: { value: string; label: string }) =>
      entry(language, kind)?.params?.[param]?.options?.[option.value] ?? option.label,
    placeholder: (kind: string, param: string, fallback: string | undefined) =>
      entry(language, kind)?.params?.[param]?.placeholder ?? fallback,
    /** A copy of the param with its label, doc and enum options in the language (for the form). */
    param: (kind: string, p: ParamSpec): ParamSpec => {
      const tr = entry(language, kind)?.params?.[p.name];
      if (!tr) return p;
      const param =
        p.param.type === "enum"
          ? {
              ...p.param,
              options: p.param.options.map((o) => ({ ...o, label: tr.options?.[o.value] ?? o.label })),
            }
          : p.param;
      return { ...p, label: tr.label, doc: tr.doc, param };
    },
  };
}
export type KindText = ReturnType<typeof kindTextIn>;

/** In components: re-renders when the language changes. */
export function useKindText(): KindText {
  const { i18n: instance } = useTranslation();
  return kindTextIn(instance.language);
}

/** Outside React (tooltips built in plain functions, exports of the graph image). */
export function kindText(): KindText {
  return kindTextIn(i18n.language);
}
