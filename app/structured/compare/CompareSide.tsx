// One side of the side-by-side view: its label and mode, the event-time plot, what happened to the late
// rows, the result table, and (for the latency comparison) its per-record latency.
import { useMemo } from "react";
import { formatDuration } from "../../charts/format";
import { MetricChart } from "../../charts/MetricChart";
import { useT } from "../../i18n/useT";
import { latencyPoints, latencySummary } from "../charts/progressPoints";
import { EventTimePlot } from "../plot/EventTimePlot";
import { ResultTable } from "../results/ResultTable";
import type { SideState } from "./compareRunner";
import { compareStrings as S } from "./compareStrings";
import type { ComparisonSide } from "./comparison";
import { dstreamSideView, type SideView } from "./dstreamView";

interface Props {
  index: number;
  side: ComparisonSide;
  state: SideState;
  structured: boolean;
  focus: "lateRows" | "latency";
}

function structuredView(state: SideState): SideView {
  const s = state.structured;
  return {
    dots: s.dots,
    windows: s.windows,
    triggers: s.triggers,
    tables: s.tables,
    lateRows: s.dots.filter((d) => d.status === "late").length,
    droppedRows: s.droppedRows,
  };
}

export function CompareSide({ index, side, state, structured, focus }: Props) {
  // Redraw on a language change (the words are read from the catalog).
  useT();
  const view = useMemo(
    () => (structured ? structuredView(state) : dstreamSideView(side.doc, state.dstream)),
    [structured, state, side.doc],
  );
  const latencies = state.structured.latencies;
  const points = useMemo(() => latencyPoints(latencies), [latencies]);
  const summary = latencySummary(latencies);
  // A latency comparison of a query with no event time (micro-batch vs continuous over rate rows)
  // would show an empty event-time plot and "0 late rows": the latency chart is what it compares.
  const eventTime = focus === "lateRows" || view.dots.length > 0 || view.windows.length > 0;
  return (
    <section
      className="compare-side"
      data-testid={`compare-side-${index}`}
      data-dropped={view.droppedRows}
      data-late={view.lateRows}
      data-steps={state.steps}
    >
      <header>
        <h3>{side.label}</h3>
        <span className={`compare-mode ${structured ? "is-structured" : "is-dstream"}`}>
          {structured ? S.structured : S.dstream}
        </span>
      </header>
      {state.error && (
        <p className="issue-box is-error" role="alert">
          {state.error}
        </p>
      )}
      {eventTime && (
        <div className="compare-plot">
          <EventTimePlot
            dots={view.dots}
            windows={view.windows}
            triggers={view.triggers}
            testId={`compare-plot-${index}`}
          />
        </div>
      )}
      {eventTime && (
        <p className="compare-late">
          {structured ? (
            <>
              <span>{S.lateKept(view.lateRows)}</span>
              <strong className="is-dropped" data-testid={`compare-dropped-${index}`}>
                {S.dropped(view.droppedRows)}
              </strong>
            </>
          ) : (
            <strong data-testid={`compare-late-${index}`}>{S.lateCounted(view.lateRows)}</strong>
          )}
        </p>
      )}
      {focus === "latency" && (
        <div className="compare-latency">
          <MetricChart
            id={`latency-${index}`}
            title={S.latencyTitle}
            data={points}
            dataKey="inputRate"
            color={structured && index === 1 ? "var(--cat-source)" : "var(--cat-window)"}
            format={formatDuration}
          />
          <p className="muted" data-testid={`latency-summary-${index}`}>
            {summary
              ? S.latencySummary(
                  formatDuration(summary.medianMs),
                  formatDuration(summary.p95Ms),
                  summary.count,
                )
              : S.noLatency}
          </p>
        </div>
      )}
      <ResultTable
        tables={view.tables}
        testId={`compare-result-${index}`}
        caption={structured ? undefined : S.dstreamCaption}
      />
    </section>
  );
}
