// The event-time tab: the plot beside the result table of the chosen trigger.
import { useThrottled } from "../../charts/useThrottled";
import { useStudio } from "../../store";
import { EventTimePlot } from "../plot/EventTimePlot";
import { ResultTable } from "../results/ResultTable";

/** The plot and table redraw at most this often, whatever the trigger rate (keeps the page at 60 fps). */
const REDRAW_MS = 250;

export function EventTimePane() {
  const run = useThrottled(
    useStudio((s) => s.structuredRun),
    REDRAW_MS,
  );
  return (
    <div className="structured-event-time">
      <EventTimePlot dots={run.dots} windows={run.windows} triggers={run.triggers} />
      <ResultTable tables={run.tables} />
    </div>
  );
}
