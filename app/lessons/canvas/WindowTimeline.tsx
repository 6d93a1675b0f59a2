// Under each window node, while a lesson is open: the recent batches in a row, those the window's RDD
// covers marked (the engine's own list), a dot where it emitted, and the records it combined for its
// last emission with and without the inverse function.
import { useInternalNode, useViewport } from "@xyflow/react";
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel, specOf } from "../../store/catalog";
import { timelineCells, windowWork } from "./windowTimeline";
import "../../i18n/later/lessons";

const SPAN = 10;

function TimelineUnder({ nodeId }: { nodeId: string }) {
  const t = useT();
  const internal = useInternalNode(nodeId);
  const { x, y, zoom } = useViewport();
  const doc = useStudio((s) => s.doc);
  const history = useStudio((s) => s.nodeHistory[nodeId]);
  const inputId = doc.edges.find((e) => e.target === nodeId)?.source;
  const inputHistory = useStudio((s) => (inputId ? s.nodeHistory[inputId] : undefined));
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!internal || !node || !history || history.length === 0) return null;
  const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
  if (!pane) return null;
  const cells = timelineCells(history, doc.batchIntervalMs, SPAN);
  const covered = cells.filter((c) => c.covered);
  const lastEmit = history.findLast((s) => s.computed);
  const slideMs = Number(node.params.slideMs) || doc.batchIntervalMs;
  const work = lastEmit?.windowBatches
    ? windowWork(inputHistory ?? [], lastEmit.windowBatches, slideMs)
    : undefined;
  const hasInverse = typeof node.params.invFn === "string" && node.params.invFn.trim() !== "";
  const inputCount = (time: number) => inputHistory?.find((s) => s.batchTimeMs === time)?.count;
  const height = internal.measured.height ?? 60;
  const left = pane.left + internal.internals.positionAbsolute.x * zoom + x;
  const top = pane.top + (internal.internals.positionAbsolute.y + height) * zoom + y + 8;
  const last = history.at(-1)!;
  return (
    <div
      className="window-timeline"
      // Scaled with the canvas (within limits), so timelines stay under their nodes and off each other.
      style={{ left, top, transform: `scale(${Math.min(1, Math.max(0.65, zoom))})` }}
      data-testid="window-timeline"
      data-node={nodeId}
      data-covered-times={covered.map((c) => c.batchTimeMs).join(",")}
      data-covered-input={covered.map((c) => inputCount(c.batchTimeMs) ?? "").join(",")}
      data-window-count={lastEmit?.count ?? ""}
      data-work-without={work?.without ?? ""}
      data-work-with={work?.with ?? ""}
    >
      <div className="window-timeline-title">{t("lessons.timelineTitle", { node: displayLabel(node) })}</div>
      <ol className="window-timeline-cells">
        {cells.map((c) => (
          <li
            key={c.batchTimeMs}
            className={`${c.covered ? "is-covered" : ""} ${c.emitted ? "is-emitted" : ""}`}
            title={formatBatchTime(c.batchTimeMs)}
            data-batch-time={c.batchTimeMs}
            data-covered={c.covered}
          >
            <span className="window-timeline-time">{c.batchTimeMs / 1000}s</span>
            <span className="window-timeline-count">{inputCount(c.batchTimeMs) ?? ""}</span>
            {c.emitted && <span className="window-timeline-emit" aria-hidden="true" />}
          </li>
        ))}
      </ol>
      {covered.length > 0 && (
        <div className="window-timeline-caption">
          {t("lessons.timelineCovers", {
            first: formatBatchTime(covered[0].batchTimeMs),
            last: formatBatchTime(covered.at(-1)!.batchTimeMs),
          })}
          {" · "}
          {t("lessons.timelineEmits", { n: Math.round(slideMs / doc.batchIntervalMs) })}
        </div>
      )}
      {!last.computed && (
        <div className="window-timeline-caption" data-testid="window-timeline-no-emit">
          {t("lessons.timelineNoEmit", { time: formatBatchTime(last.batchTimeMs) })}
        </div>
      )}
      {work &&
        node.kind !== "window" &&
        (lastEmit?.windowBatches?.length ?? 0) * doc.batchIntervalMs > slideMs && (
          <div className="window-timeline-work" data-testid="window-work">
            {t("lessons.work")}:{" "}
            <span className={hasInverse ? "" : "is-current"}>
              {t("lessons.workWithout", { n: work.without })}
            </span>
            {" · "}
            <span className={hasInverse ? "is-current" : ""}>
              {t("lessons.workWith", { n: Number.isNaN(work.with) ? "?" : work.with })}
            </span>
          </div>
        )}
    </div>
  );
}

export function WindowTimelines() {
  const windowNodes = useStudio((s) =>
    s.doc.nodes
      .filter((n) => specOf(n.kind)?.category === "window")
      .map((n) => n.id)
      .join(","),
  );
  useViewport();
  if (!windowNodes) return null;
  return (
    <>
      {windowNodes.split(",").map((id) => (
        <TimelineUnder key={id} nodeId={id} />
      ))}
    </>
  );
}
