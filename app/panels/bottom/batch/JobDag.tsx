// A job's DAG as Spark's DAG visualization draws it: stage boxes (skipped ones grey), the RDDs inside
// each with their operation, narrow edges within a stage and shuffle edges between stages.
import { useMemo } from "react";
import type { JobInfo } from "../../../../engine/protocol/messages";
import { countText } from "../../../i18n/counts";
import { useT } from "../../../i18n/useT";
import { ArrowMarker } from "../../../widgets/ArrowMarker";
import { layoutDag } from "./dagLayout";
import "../../../i18n/later/live";

const MARGIN = 6;

export function JobDag({ job }: { job: JobInfo }) {
  const t = useT();
  const dag = useMemo(() => layoutDag(job), [job]);
  const width = dag.width + 2 * MARGIN;
  const height = dag.height + 2 * MARGIN;
  return (
    <div className="job-dag" data-testid={`dag-job-${job.jobId}`}>
      <svg
        width={width}
        height={height}
        viewBox={`${-MARGIN} ${-MARGIN} ${width} ${height}`}
        role="img"
        aria-label={t("live.batchPage.dagLabel", {
          id: job.jobId,
          stages: countText(job.stages.length, "stage"),
          rdds: job.rdds.length,
        })}
      >
        <defs>
          <ArrowMarker id={`dag-arrow-${job.jobId}`} size={8} fill="var(--text-2)" />
        </defs>
        {dag.stages.map(({ stage, x, y, width: w, height: h }) => (
          <g
            key={stage.stageId}
            className={`dag-stage dag-stage-${stage.status}`}
            data-testid="dag-stage"
            data-stage-id={stage.stageId}
            data-status={stage.status}
          >
            <rect x={x} y={y} width={w} height={h} rx={4} />
            <text x={x + 8} y={y + 15} className="dag-stage-title">
              {t(stage.status === "skipped" ? "live.batchPage.stageSkipped" : "live.batchPage.stage", {
                id: stage.stageId,
              })}
            </text>
          </g>
        ))}
        {dag.edges.map((e) => {
          const [x1, y1, x2, y2] = e.points;
          return (
            <line
              key={`${e.from}-${e.to}`}
              className={e.shuffle ? "dag-edge dag-edge-shuffle" : "dag-edge"}
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              markerEnd={`url(#dag-arrow-${job.jobId})`}
            />
          );
        })}
        {dag.nodes.map((n) => (
          <g key={n.key} className="dag-rdd" data-testid="dag-rdd" data-rdd={n.label}>
            <title>
              {t("live.batchPage.rddAt", { label: n.label, callSite: n.callSite }) +
                (n.cached ? t("live.batchPage.cached") : "")}
            </title>
            <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={3} />
            <text x={n.x + 6} y={n.y + 14} className="dag-rdd-op">
              {n.callSite}
            </text>
            <text x={n.x + 6} y={n.y + 27} className="dag-rdd-name">
              {n.label}
            </text>
            {n.cached && <circle cx={n.x + n.width - 8} cy={n.y + 8} r={4} className="dag-cached" />}
          </g>
        ))}
      </svg>
      {job.truncated && <p className="muted dag-note">{t("live.batchPage.truncated")}</p>}
    </div>
  );
}
