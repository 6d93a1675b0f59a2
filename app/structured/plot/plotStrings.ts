// The event-time plot's words, in one place (to move to the studio's message catalog).
export const plotStrings = {
  title: "Event time against processing time",
  xAxis: "processing time (when a record arrived) →",
  yAxis: "event time (when it happened) ↑",
  watermark: "watermark",
  legendRecord: "record",
  legendLate: "late, counted",
  legendDropped: "dropped (behind watermark)",
  legendOpen: "open window",
  legendClosed: "closed window",
  legendHelp:
    "A dot is a record at its arrival (across) and its event time (up). A ring arrived after a later event time but is still counted; a cross was behind the watermark and dropped. A box is an event-time window: filled by its rows, closed once the watermark passes its end (emitted, its state evicted).",
  empty: "No rows yet: press Run or Step.",
  droppedTitle: (label: string | undefined, eventTime: string, arrived: string) =>
    `${label ? `"${label}" ` : ""}event time ${eventTime}, arrived ${arrived}: behind the watermark, dropped`,
  windowTitle: (from: string, to: string, rows: number, closed: boolean) =>
    `window [${from}, ${to}): ${rows} row${rows === 1 ? "" : "s"}${closed ? ", closed" : ", open"}`,
  droppedCount: (n: number) => `${n} late row${n === 1 ? "" : "s"} dropped`,
  ariaLabel: (dots: number, dropped: number) =>
    `Event-time plot: ${dots} records shown, ${dropped} dropped as late`,
};
