// `useT()` in components (re-renders on a language change); `t` outside React (store actions,
// toasts, workers' messages), read at the moment the text is made.
import { useTranslation } from "react-i18next";
import { i18n } from "./i18n";

export function useT() {
  return useTranslation().t;
}

export const t = i18n.t.bind(i18n) as typeof i18n.t;
