// The bottom panel of the live simulation: Spark Streaming UI charts, the batch table, the records
// drawer, print() console, outputs and errors, under a status line with the backpressure toggle.

import { lazy, Suspense } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import type { BottomTab } from "../../store/run/runViewSlice";
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
  const t = useT();
  const hasBatches = useStudio((s) => s.batches.length > 0);
  if (!hasBatches) return <p className="bottom-empty">{t("runPanel.noBatches")}</p>;
  return <StreamingCharts />;
}

const TABS: { id: BottomTab }[] = [
  { id: "charts" },
  { id: "batches" },
  { id: "receivers" },
  { id: "records" },
  { id: "console" },
  { id: "outputs" },
  { id: "tables" },
  { id: "errors" },
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

interface Props {
  collapsed: boolean;
  onToggleCollapsed: () => void;
  /** A tab clicked while the panel is collapsed opens the panel too. */
  onTabChosen: () => void;
}

export function BottomPanel({ collapsed, onToggleCollapsed, onTabChosen }: Props) {
  const t = useT();
  const tab = useStudio((s) => s.bottomTab);
  const setTab = useStudio((s) => s.setBottomTab);
  const errorCount = useStudio((s) => s.events.length);
  const batchCount = useStudio((s) => s.batches.length);
  const Pane = PANES[tab];
  return (
    <section className="bottom-panel" aria-label={t("runPanel.live")} data-completed-batches={batchCount}>
      <div className="bottom-bar">
        <div role="tablist" className="bottom-tabs">
          {TABS.map((tb) => (
            <button
              key={tb.id}
              type="button"
              role="tab"
              id={`bottom-tab-${tb.id}`}
              aria-selected={tab === tb.id}
              aria-controls="bottom-tabpanel"
              className={tab === tb.id ? "active" : undefined}
              onClick={() => {
                setTab(tb.id);
                onTabChosen();
              }}
            >
              {tb.id === "tables" ? t("sinks.tables.tab") : t(`runPanel.tab.${tb.id}`)}
              {tb.id === "batches" && batchCount > 0 && <span className="badge">{batchCount}</span>}
              {tb.id === "errors" && errorCount > 0 && (
                <span className="badge badge-danger">{errorCount}</span>
              )}
            </button>
          ))}
        </div>
        <RunStatus />
        <button
          type="button"
          className="btn btn-icon btn-ghost bottom-collapse"
          onClick={onToggleCollapsed}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t("runPanel.expand") : t("runPanel.collapse")}
          title={collapsed ? t("runPanel.expandTitle") : t("runPanel.collapseTitle")}
        >
          <span className={collapsed ? "chevron is-up" : "chevron"} aria-hidden="true">
            ⌄
          </span>
        </button>
      </div>
      <div
        role="tabpanel"
        id="bottom-tabpanel"
        aria-labelledby={`bottom-tab-${tab}`}
        className="bottom-content"
        hidden={collapsed}
      >
        <Suspense fallback={<p className="muted pane-loading">{t("runPanel.loading")}</p>}>
          <Pane />
        </Suspense>
      </div>
    </section>
  );
}
