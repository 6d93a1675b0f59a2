// The structured run panel's words, read from the message catalog (i18n/en/structured.ts) when shown;
// components that use them call useT() so that they redraw on a language change.
import { t } from "../../i18n/useT";
import "../../i18n/later/structured";

export const panelStrings = {
  get region() {
    return t("structured.panel.region");
  },
  tabs: {
    get eventTime() {
      return t("structured.panel.tabs.eventTime");
    },
    get charts() {
      return t("structured.panel.tabs.charts");
    },
    get console() {
      return t("structured.panel.tabs.console");
    },
    get errors() {
      return t("structured.panel.tabs.errors");
    },
  },
  get collapse() {
    return t("runPanel.collapse");
  },
  get expand() {
    return t("runPanel.expand");
  },
  get noTrigger() {
    return t("structured.panel.noTrigger");
  },
  lastTrigger: (batchId: number) => t("structured.panel.lastTrigger", { batchId }),
  watermark: (text: string) => t("structured.panel.watermark", { text }),
  dropped: (n: number) => t("structured.panel.dropped", { count: n }),
  get compare() {
    return t("structured.panel.compare");
  },
  get compareTitle() {
    return t("structured.panel.compareTitle");
  },
};
