// The right panel: the selected node's form, a note for several selected, or the pipeline settings.

import { useMemo } from "react";
import { countText } from "../../i18n/counts";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { NodeInspector } from "./NodeInspector";
import { PipelineIssues } from "./PipelineIssues";
import { PipelineSettings } from "./PipelineSettings";

export function Inspector() {
  const t = useT();
  const selectedIds = useStudio((s) => s.selectedNodeIds);
  const nodes = useStudio((s) => s.doc.nodes);
  // Undo can remove a selected node: the inspector then shows what is left, not an empty form.
  const selected = useMemo(
    () => selectedIds.filter((id) => nodes.some((n) => n.id === id)),
    [selectedIds, nodes],
  );
  const edgeCount = useStudio((s) => s.selectedEdgeIds.length);
  const title =
    selected.length === 1
      ? t("inspector.node")
      : selected.length > 1
        ? t("inspector.selection")
        : t("inspector.pipeline");

  return (
    <aside className="inspector" aria-label={t("inspector.title")}>
      <div className="panel-header">
        <h2>{title}</h2>
      </div>
      <div className="inspector-body">
        {selected.length === 1 ? (
          <NodeInspector key={selected[0]} nodeId={selected[0]} />
        ) : selected.length > 1 ? (
          <p className="muted">
            {edgeCount > 0
              ? t("inspector.selectedNodesAndEdges", {
                  nodes: countText(selected.length, "node"),
                  edges: t("inspector.edges", { count: edgeCount }),
                })
              : t("inspector.selectedNodes", { nodes: countText(selected.length, "node") })}
          </p>
        ) : (
          <>
            <PipelineIssues />
            <PipelineSettings />
          </>
        )}
      </div>
    </aside>
  );
}
