// The event-time / processing-time plot: processing time across, event time up. Each sampled record is
// a dot where it arrived (all kept dots are one path: one element however many), the watermark a step
// line, each event-time window a box that fills with rows and closes once the watermark passes its end;
// records behind an earlier event time but not the watermark are rings (late, still counted), records
// behind the watermark are crosses, marked dropped. SVG, bounded, redrawn once per trigger.
import { memo, useMemo } from "react";
import { useT } from "../../i18n/useT";
import { useElementSize } from "../../widgets/useElementSize";
import type { PlotDot, PlotWindow, TriggerPoint } from "../data/structuredRun";
import { clockText } from "./clockText";
import { dotsPath, plotDomain, scaleFor, timeTicks, watermarkPath, windowBoxes } from "./plotGeometry";
import { plotStrings as S } from "./plotStrings";
import "./eventTimePlot.css";

const MARGIN = { left: 56, bottom: 30, top: 10, right: 12 };
/** Dropped rows drawn one element each (they carry a tooltip); older ones stay counted, not drawn. */
const MAX_DROPPED_MARKS = 120;
const MIN_HEIGHT = 120;

export interface EventTimePlotProps {
  dots: readonly PlotDot[];
  windows: readonly PlotWindow[];
  triggers: readonly TriggerPoint[];
  /** Fixed height; absent: the plot fills its container's height (at least MIN_HEIGHT). */
  height?: number;
  /** Show only the newest span of processing time (ms); all kept data when absent. */
  spanMs?: number;
  testId?: string;
}

export const EventTimePlot = memo(function EventTimePlot(props: EventTimePlotProps) {
  // Redraw on a language change (the words are read from the catalog as they are shown).
  useT();
  const { dots, windows, triggers, spanMs } = props;
  const [ref, size] = useElementSize<HTMLDivElement>();
  const width = size.width;
  const height = props.height ?? Math.max(MIN_HEIGHT, size.height);
  const drawing = useMemo(() => {
    const domain = plotDomain(dots, windows, triggers, spanMs);
    if (!domain || width === 0) return undefined;
    const scale = scaleFor(domain, { width, height, ...MARGIN });
    const dropped = dots
      .filter((d) => d.status === "dropped" && d.processingTimeMs >= domain.x0)
      .slice(-MAX_DROPPED_MARKS);
    return {
      scale,
      dots: dotsPath(dots, scale, "onTime"),
      late: dotsPath(dots, scale, "late", 3.5),
      dropped,
      watermark: watermarkPath(triggers, scale),
      boxes: windowBoxes(windows, scale),
      xTicks: timeTicks(domain.x0, domain.x1, Math.max(2, Math.floor(width / 110))),
      yTicks: timeTicks(domain.y0, domain.y1, 4),
    };
  }, [dots, windows, triggers, spanMs, width, height]);
  const droppedShown = drawing?.dropped.length ?? 0;

  return (
    <figure className="event-time-plot" data-testid={props.testId ?? "event-time-plot"}>
      <figcaption>
        <span>{S.title}</span>
        <span className="etp-legend" title={S.legendHelp}>
          <i className="etp-key-dot" /> {S.legendRecord}
          <i className="etp-key-late" /> {S.legendLate}
          <i className="etp-key-dropped">×</i> {S.legendDropped}
          <i className="etp-key-watermark" /> {S.watermark}
          <i className="etp-key-open" /> {S.legendOpen}
          <i className="etp-key-closed" /> {S.legendClosed}
        </span>
      </figcaption>
      <div ref={ref} className="etp-body" style={props.height ? { height: props.height } : undefined}>
        {!drawing && <p className="muted etp-empty">{S.empty}</p>}
        {drawing && (
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={S.ariaLabel(dots.length, droppedShown)}
            data-dots={dots.length}
            data-dropped={droppedShown}
          >
            <g className="etp-grid">
              {drawing.xTicks.map((t) => (
                <g key={`x${t}`}>
                  <line
                    x1={drawing.scale.x(t)}
                    x2={drawing.scale.x(t)}
                    y1={MARGIN.top}
                    y2={height - MARGIN.bottom}
                  />
                  <text x={drawing.scale.x(t)} y={height - MARGIN.bottom + 14} textAnchor="middle">
                    {clockText(t)}
                  </text>
                </g>
              ))}
              {drawing.yTicks.map((t) => (
                <g key={`y${t}`}>
                  <line
                    x1={MARGIN.left}
                    x2={width - MARGIN.right}
                    y1={drawing.scale.y(t)}
                    y2={drawing.scale.y(t)}
                  />
                  <text x={MARGIN.left - 6} y={drawing.scale.y(t) + 4} textAnchor="end">
                    {clockText(t)}
                  </text>
                </g>
              ))}
              <text className="etp-axis-title" x={width - MARGIN.right} y={height - 2} textAnchor="end">
                {S.xAxis}
              </text>
              <text className="etp-axis-title" x={MARGIN.left + 4} y={MARGIN.top + 10}>
                {S.yAxis}
              </text>
            </g>
            <g className="etp-windows">
              {drawing.boxes.map((b) => (
                <rect
                  key={b.key}
                  className={b.closed ? "etp-window is-closed" : "etp-window"}
                  data-testid="event-time-window"
                  data-closed={b.closed}
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  style={{ fillOpacity: 0.06 + 0.3 * b.fill }}
                >
                  <title>{S.windowTitle(clockText(b.startMs), clockText(b.endMs), b.rows, b.closed)}</title>
                </rect>
              ))}
            </g>
            <path className="etp-dots" d={drawing.dots} />
            <path className="etp-late" data-testid="late-kept-dots" d={drawing.late} />
            {drawing.watermark && (
              <path className="etp-watermark" data-testid="watermark-line" d={drawing.watermark} />
            )}
            <g className="etp-dropped">
              {drawing.dropped.map((d) => {
                const x = drawing.scale.x(d.processingTimeMs);
                const y = drawing.scale.y(d.eventTimeMs);
                return (
                  <path
                    key={d.id}
                    data-testid="late-dropped-dot"
                    d={`M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x - 4} ${y + 4}L${x + 4} ${y - 4}`}
                  >
                    <title>
                      {S.droppedTitle(d.label, clockText(d.eventTimeMs), clockText(d.processingTimeMs))}
                    </title>
                  </path>
                );
              })}
            </g>
          </svg>
        )}
      </div>
    </figure>
  );
});
