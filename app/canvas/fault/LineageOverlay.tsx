// Over the canvas, after a simulated executor loss: on each node, what the loss did there (partitions
// recomputed, read from the checkpoint or the write-ahead log, blocks lost), and dashed arrows along the
// lineage the recomputation walked (from the node whose RDD was read to the node being rebuilt).
import { useInternalNode, useViewport } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { ArrowMarker } from "../../widgets/ArrowMarker";
import { useFaults } from "./faultStore";
import { type LineageEdge, lineageEdges, type NodeFault, nodeFaults } from "./faultView";
import "../../i18n/later/faults";

function useNodeBox(nodeId: string) {
  const internal = useInternalNode(nodeId);
  const { x, y, zoom } = useViewport();
  if (!internal) return undefined;
  const p = internal.internals.positionAbsolute;
  const w = internal.measured.width ?? 160;
  const h = internal.measured.height ?? 60;
  return { left: p.x * zoom + x, top: p.y * zoom + y, width: w * zoom, height: h * zoom };
}

function NodeBadge({ fault }: { fault: NodeFault }) {
  const t = useT();
  const box = useNodeBox(fault.nodeId);
  if (!box) return null;
  const parts: { key: string; text: string; bad?: boolean }[] = [];
  if (fault.recomputed > 0)
    parts.push({ key: "r", text: t("faults.badge.recomputed", { count: fault.recomputed }) });
  if (fault.checkpoint > 0) parts.push({ key: "c", text: t("faults.badge.checkpoint") });
  if (fault.wal > 0) parts.push({ key: "w", text: t("faults.badge.wal") });
  if (fault.lost > 0) parts.push({ key: "l", text: t("faults.badge.lost"), bad: true });
  if (parts.length === 0 && fault.cachedLost > 0)
    parts.push({ key: "x", text: t("faults.badge.cachedLost") });
  if (parts.length === 0) return null;
  return (
    <div
      className="fault-badge"
      style={{ left: box.left, top: box.top - 22 }}
      data-testid="fault-badge"
      data-node={fault.nodeId}
      data-recomputed={fault.recomputed}
      data-checkpoint={fault.checkpoint}
      data-wal={fault.wal}
      data-lost={fault.lost}
    >
      {parts.map((p) => (
        <span key={p.key} className={p.bad ? "is-bad" : undefined}>
          {p.text}
        </span>
      ))}
    </div>
  );
}

function LineageLine({ edge }: { edge: LineageEdge }) {
  const from = useNodeBox(edge.from);
  const to = useNodeBox(edge.to);
  if (!from || !to) return null;
  const x1 = from.left + from.width / 2;
  const y1 = from.top + from.height / 2;
  const x2 = to.left + to.width / 2;
  const y2 = to.top + to.height / 2;
  // Bowed below the pipeline's own edge, so both stay visible.
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2 + 36;
  return (
    <path
      d={`M ${x1} ${y1} Q ${mx} ${my} ${x2} ${y2}`}
      className={`fault-lineage is-${edge.source}`}
      markerEnd="url(#fault-arrow)"
      data-testid="fault-lineage"
      data-from={edge.from}
      data-to={edge.to}
    />
  );
}

export function LineageOverlay() {
  const t = useT();
  const report = useFaults((s) => s.status?.report);
  if (!report) return null;
  const faults = nodeFaults(report);
  const edges = lineageEdges(report);
  return (
    <div className="fault-overlay" title={t("faults.lineage")}>
      <svg className="fault-overlay-lines" aria-hidden="true">
        <defs>
          <ArrowMarker id="fault-arrow" size={10} className="fault-arrow-head" />
        </defs>
        {edges.map((e) => (
          <LineageLine key={`${e.from}>${e.to}>${e.source}`} edge={e} />
        ))}
      </svg>
      {faults.map((f) => (
        <NodeBadge key={f.nodeId} fault={f} />
      ))}
    </div>
  );
}
