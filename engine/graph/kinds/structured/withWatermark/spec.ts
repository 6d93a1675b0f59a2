// withWatermark: the event-time column and how late its rows may come. The watermark is the maximum
// event time seen minus the delay, moved between triggers; stateful operators drop rows behind it and
// evict state it has passed.
import { defineKind } from "../../../catalog/defineKind";
import { intervalParam, structuredOperator, textParam } from "../common";

export const withWatermark = defineKind({
  ...structuredOperator,
  category: "window",
  kind: "structured.withWatermark",
  label: "withWatermark",
  sparkMethod: "Dataset.withWatermark",
  doc: "Declares the event-time column and the delay (Dataset.withWatermark): watermark = max event time seen - delay, taking effect at the next trigger.",
  params: [
    textParam("eventTime", "Event time column", "timestamp", "A TIMESTAMP column."),
    intervalParam("delayThreshold", "Delay", "10 minutes", "How late rows may arrive, e.g. 10 minutes."),
  ],
  summary: (p) => `${p.eventTime} - ${p.delayThreshold}`,
});
