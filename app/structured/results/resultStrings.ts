// The result table's words, read from the message catalog (i18n/en/structured.ts) when shown.
import { countText } from "../../i18n/counts";
import { t } from "../../i18n/useT";
import type { OutputMode } from "../data/protocol";
import "../../i18n/later/structured";

export const resultStrings = {
  get title() {
    return t("structured.result.title");
  },
  get trigger() {
    return t("structured.result.trigger");
  },
  get empty() {
    return t("structured.result.empty");
  },
  noRows: (mode: OutputMode) =>
    mode === "append" ? t("structured.result.noRowsAppend") : t("structured.result.noRows"),
  get truncated() {
    return t("structured.result.truncated");
  },
  get added() {
    return t("structured.result.added");
  },
  get updated() {
    return t("structured.result.updated");
  },
  get was() {
    return t("structured.result.was");
  },
  get change() {
    return t("structured.result.change");
  },
  caption: (mode: OutputMode, rowCount: number) =>
    t(`structured.result.${mode}`, { rows: countText(rowCount, "row") }),
};
