// The run panel of a Structured Streaming query: the event-time plot with the result table, Spark's
// Structured Streaming UI charts, the console sink's output and the errors. Takes the DStream bottom
// panel's place when the open pipeline is a structured query.
import { lazy } from "react";
import { useT } from "../../i18n/useT";
import { ConsolePane } from "../../panels/bottom/ConsolePane";
import { ErrorsPane } from "../../panels/bottom/ErrorsPane";
import { RunPanelFrame } from "../../panels/bottom/RunPanelFrame";
import { useStudio } from "../../store";
import type { StructuredTab } from "../store/structuredRunSlice";
import { CompareModesButton } from "./CompareModesButton";
import { EventTimePane } from "./EventTimePane";
import { panelStrings as S } from "./panelStrings";
import { StructuredStatus } from "./StructuredStatus";
import "../../panels/bottom/bottom.css";
import "./structuredPanel.css";

// recharts comes with the charts tab only.
const StructuredChartsPane = lazy(() =>
  import("./StructuredChartsPane").then((m) => ({ default: m.StructuredChartsPane })),
);

const TABS: StructuredTab[] = ["eventTime", "charts", "console", "errors"];
const PANES: Record<StructuredTab, React.ComponentType> = {
  eventTime: EventTimePane,
  charts: StructuredChartsPane,
  console: ConsolePane,
  errors: ErrorsPane,
};

interface Props {
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onTabChosen: () => void;
}

export function StructuredRunPanel({ collapsed, onToggleCollapsed, onTabChosen }: Props) {
  // Redraw on a language change (the words are read from the catalog as they are shown).
  useT();
  const tab = useStudio((s) => s.structuredTab);
  const setTab = useStudio((s) => s.setStructuredTab);
  const errorCount = useStudio((s) => s.events.length);
  const triggers = useStudio((s) => s.structuredRun.triggers.length);
  return (
    <RunPanelFrame
      label={S.region}
      className="bottom-panel structured-panel"
      data={{ "data-triggers": triggers }}
      idPrefix="structured"
      tabs={TABS}
      tab={tab}
      setTab={setTab}
      onTabChosen={onTabChosen}
      tabLabel={(id) => S.tabs[id]}
      badges={{ errors: { count: errorCount, danger: true } }}
      panes={PANES}
      status={
        <>
          <StructuredStatus />
          <CompareModesButton />
        </>
      }
      collapsed={collapsed}
      onToggleCollapsed={onToggleCollapsed}
      collapseText={{ expand: S.expand, collapse: S.collapse }}
      loadingText="…"
    />
  );
}
