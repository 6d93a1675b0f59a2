// The bottom panel of the live simulation: Spark Streaming UI charts, the batch table, the records
// drawer, print() console, outputs and errors, under a status line with the backpressure toggle.
import { StreamingCharts } from "../../charts/StreamingCharts";
import { useStudio } from "../../store";
import type { BottomTab } from "../../store/run/runLive.types";
import { RecordsDrawer } from "../records/RecordsDrawer";
import { BatchTable } from "./BatchTable";
import { ConsolePane } from "./ConsolePane";
import { ErrorsPane } from "./ErrorsPane";
import { OutputsPane } from "./OutputsPane";
import { RunStatus } from "./RunStatus";
import "./bottom.css";

const TABS: { id: BottomTab; label: string }[] = [
  { id: "charts", label: "Charts" },
  { id: "batches", label: "Batches" },
  { id: "records", label: "Records" },
  { id: "console", label: "Console" },
  { id: "outputs", label: "Outputs" },
  { id: "errors", label: "Errors" },
];

const PANES: Record<BottomTab, () => React.ReactNode> = {
  charts: StreamingCharts,
  batches: BatchTable,
  records: RecordsDrawer,
  console: ConsolePane,
  outputs: OutputsPane,
  errors: ErrorsPane,
};

export function BottomPanel() {
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
              onClick={() => setTab(t.id)}
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
      </div>
      <div
        role="tabpanel"
        id="bottom-tabpanel"
        aria-labelledby={`bottom-tab-${tab}`}
        className="bottom-content"
      >
        <Pane />
      </div>
    </section>
  );
}
