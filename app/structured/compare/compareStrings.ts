// The side-by-side view's words, read from the message catalog (i18n/en/structured.ts) when shown;
// components that use them call useT() so that they redraw on a language change.
import { catalogStrings } from "../../i18n/catalogStrings";
import { countText } from "../../i18n/counts";
import { t } from "../../i18n/useT";
import "../../i18n/later/structured";

// Object.assign keeps the catalog's getters (a spread would copy today's words).
export const compareStrings = Object.assign(
  catalogStrings("structured.compare", [
    "step",
    "run",
    "pause",
    "restart",
    "loading",
    "dstream",
    "structured",
    "dstreamCaption",
    "latencyTitle",
    "noLatency",
    "triggerTitle",
    "triggerExplanation",
    "compareButton",
    "compareButtonTitle",
  ] as const),
  {
    dialogTitle: (title: string) => t("structured.compare.dialogTitle", { title }),
    steps: (n: number) => t("structured.compare.steps", { count: n }),
    lateCounted: (n: number) => t("structured.compare.lateCounted", { count: n }),
    lateKept: (n: number) => t("structured.compare.lateKept", { count: n }),
    dropped: (n: number) => t("structured.compare.dropped", { count: n }),
    latencySummary: (median: string, p95: string, n: number) =>
      t("structured.compare.latencySummary", { median, p95, records: countText(n, "record") }),
    failed: (message: string) => t("structured.compare.failed", { message }),
  },
);
