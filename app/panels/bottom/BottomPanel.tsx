// The bottom panel of the live simulation: Spark Streaming UI charts, the batch table, the records
// drawer, print() console, outputs and errors, under a status line with the backpressure toggle.

import { lazy } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import type { BottomTab } from "../../store/run/runViewSlice";
import { NoBatchesYet } from "./NoBatchesYet";
import { RunPanelFrame, type RunPanelProps } from "./RunPanelFrame";
import { RunStatus } from "./RunStatus";
import "./bottom.css";

// Every pane loads when first shown (recharts and the records drawer are the heavy ones); the page's
// first load has only the tab bar and the status line.
const BatchTable = lazy(() => import("./BatchTable").then((m) => ({ default: m.BatchTable })));
const ConsolePane = lazy(() => import("./ConsolePane").then((m) => ({ default: m.ConsolePane })));
const ErrorsPane = lazy(() => import("./ErrorsPane").then((m) => ({ default: m.ErrorsPane })));
const OutputsPane = lazy(() => import("./OutputsPane").then((m) => ({ default: m.OutputsPane })));
const ReceiversTable = lazy(() =>
  import("./receivers/ReceiversTable").then((m) => ({ default: m.ReceiversTable })),
);
const StreamingCharts = lazy(() =>
  import("../../charts/StreamingCharts").then((m) => ({ default: m.StreamingCharts })),
);
const TablesPane = lazy(() => import("./tables/TablesPane").then((m) => ({ default: m.TablesPane })));
const RecordsDrawer = lazy(() =>
  import("../records/RecordsDrawer").then((m) => ({ default: m.RecordsDrawer })),
);

/** The charts pane: recharts is fetched once there is a batch to draw, not for an empty panel. */
function ChartsPane() {
  const hasBatches = useStudio((s) => s.batches.length > 0);
  if (!hasBatches) return <NoBatchesYet />;
  return <StreamingCharts />;
}

const TABS: BottomTab[] = [
  "charts",
  "batches",
  "receivers",
  "records",
  "console",
  "outputs",
  "tables",
  "errors",
];

const PANES: Record<BottomTab, React.ComponentType> = {
  charts: ChartsPane,
  batches: BatchTable,
  receivers: ReceiversTable,
  records: RecordsDrawer,
  console: ConsolePane,
  outputs: OutputsPane,
  tables: TablesPane,
  errors: ErrorsPane,
};

export function BottomPanel({ collapsed, onToggleCollapsed, onTabChosen }: RunPanelProps) {
  const t = useT();
  const tab = useStudio((s) => s.bottomTab);
  const setTab = useStudio((s) => s.setBottomTab);
  const errorCount = useStudio((s) => s.events.length);
  const batchCount = useStudio((s) => s.batches.length);
  return (
    <RunPanelFrame
      label={t("runPanel.live")}
      className="bottom-panel"
      data={{ "data-completed-batches": batchCount }}
      idPrefix="bottom"
      tabs={TABS}
      tab={tab}
      setTab={setTab}
      onTabChosen={onTabChosen}
      tabLabel={(id) => (id === "tables" ? t("sinks.tables.tab") : t(`runPanel.tab.${id}`))}
      badges={{ batches: { count: batchCount }, errors: { count: errorCount, danger: true } }}
      panes={PANES}
      status={<RunStatus />}
      collapsed={collapsed}
      onToggleCollapsed={onToggleCollapsed}
      collapseText={{
        expand: t("runPanel.expand"),
        collapse: t("runPanel.collapse"),
        expandTitle: t("runPanel.expandTitle"),
        collapseTitle: t("runPanel.collapseTitle"),
      }}
      loadingText={t("runPanel.loading")}
    />
  );
}
