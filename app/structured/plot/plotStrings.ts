// The event-time plot's words, read from the message catalog (i18n/en/structured.ts) when shown.
import { catalogStrings } from "../../i18n/catalogStrings";
import { countText } from "../../i18n/counts";
import { t } from "../../i18n/useT";
import "../../i18n/later/structured";

// Object.assign keeps the catalog's getters (a spread would copy today's words).
export const plotStrings = Object.assign(
  catalogStrings("structured.plot", [
    "title",
    "xAxis",
    "yAxis",
    "watermark",
    "legendRecord",
    "legendLate",
    "legendDropped",
    "legendOpen",
    "legendClosed",
    "legendHelp",
    "empty",
  ] as const),
  {
    droppedTitle: (label: string | undefined, eventTime: string, arrived: string) =>
      label
        ? t("structured.plot.droppedLabelled", { label, eventTime, arrived })
        : t("structured.plot.dropped", { eventTime, arrived }),
    windowTitle: (from: string, to: string, rows: number, closed: boolean) =>
      t(closed ? "structured.plot.windowClosed" : "structured.plot.windowOpen", {
        from,
        to,
        rows: countText(rows, "row"),
      }),
    droppedCount: (n: number) => t("structured.plot.droppedCount", { count: n }),
    ariaLabel: (dots: number, dropped: number) => t("structured.plot.ariaLabel", { dots, dropped }),
  },
);
