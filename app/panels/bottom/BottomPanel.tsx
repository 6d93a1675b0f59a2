// The bottom panel of the live simulation: Spark Streaming UI charts, the batch table, the records
// drawer, print() console, outputs and errors, under a status line with the backpressure toggle.
import { lazy, Suspense } from "react";
import { useStudio } from "../../store";
import type { BottomTab } from "../../store/run/runViewSlice";
import { BatchTable } from "./BatchTable";
import { ConsolePane } from "./ConsolePane";
import { ErrorsPane } from "./ErrorsPane";
import { OutputsPane } from "./OutputsPane";
import { RunStatus } from "./RunStatus";
import { ReceiversTable } from "./receivers/ReceiversTable";
import "./bottom.css";

// recharts and the records drawer are the heavy panes: loaded when first shown.
const StreamingCharts = lazy(() =>
  import("../../charts/StreamingCharts").then((m) => ({ default: m.StreamingCharts })),
);
const RecordsDrawer = lazy(() =>
  import("../records/RecordsDrawer").then((m) => ({ default: m.RecordsDrawer })),
);

/** The charts pane: recharts is fetched once there is a batch to draw, not for an empty panel. */
function ChartsPane() {
  const hasBatches = useStudio((s) => s.batches.length > 0);
  if (!hasBatches) return <p className="bottom-empty">No batches yet: press Run or Step.</p>;
  return <StreamingCharts />;
}

const TABS: { id: BottomTab; label: string }[] = [
  { id: "charts", label: "Charts" },
  { id: "batches", label: "Batches" },
  { id: "receivers", label: "Receivers" },
  { id: "records", label: "Records" },
  { id: "console", label: "Console" },
  { id: "outputs", label: "Outputs" },
  { id: "errors", label: "Errors" },
];

const PANES: Record<BottomTab, React.ComponentType> = {
  charts: ChartsPane,
  batches: BatchTable,
  receivers: ReceiversTable,
  records: RecordsDrawer,
  console: ConsolePane,
  outputs: OutputsPane,
  errors: ErrorsPane,
};

interface Props {
  collapsed: boolean;
  onToggleCollapsed: () => void;
  /** A tab clicked while the panel is collapsed opens the panel too. */
  onTabChosen: () => void;
}

export function BottomPanel({ collapsed, onToggleCollapsed, onTabChosen }: Props) {
  const tab = useStudio((s) => s.bottomTab);
  const setTab = useStudio((s) => s.setBottomTab);
  const errorCount = useStudio((s) => s.events.length);
  const batchCount = useStudio((s) => s.batches.length);
  const Pane = PANES[tab];
  return (
    <section className="bottom-panel" aria-label="Live simulation" data-completed-batches={batchCount}>
      <div className="bottom-bar">
        <div role="tablist" className="bottom-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`bottom-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="bottom-tabpanel"
              className={tab === t.id ? "active" : undefined}
              onClick={() => {
                setTab(t.id);
                onTabChosen();
              }}
            >
              {t.label}
              {t.id === "batches" && batchCount > 0 && <span className="badge">{batchCount}</span>}
              {t.id === "errors" && errorCount > 0 && (
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
          aria-label={collapsed ? "Expand run panel" : "Collapse run panel"}
          title={
            collapsed ? "Show charts, batches and outputs" : "Hide the run panel: more room for the canvas"
          }
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
        <Suspense fallback={<p className="muted pane-loading">Loading…</p>}>
          <Pane />
        </Suspense>
      </div>
    </section>
  );
}
