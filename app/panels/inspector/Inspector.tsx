// The right panel: the selected node's form, a note for several selected, or the pipeline settings.
import { useMemo } from "react";
import { useStudio } from "../../store";
import { NodeInspector } from "./NodeInspector";
import { PipelineIssues } from "./PipelineIssues";
import { PipelineSettings } from "./PipelineSettings";

export function Inspector() {
  const selectedIds = useStudio((s) => s.selectedNodeIds);
  const nodes = useStudio((s) => s.doc.nodes);
  // Undo can remove a selected node: the inspector then shows what is left, not an empty form.
  const selected = useMemo(
    () => selectedIds.filter((id) => nodes.some((n) => n.id === id)),
    [selectedIds, nodes],
  );
  const edgeCount = useStudio((s) => s.selectedEdgeIds.length);
  const title = selected.length === 1 ? "Node" : selected.length > 1 ? "Selection" : "Pipeline";

  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="panel-header">
        <h2>{title}</h2>
      </div>
      <div className="inspector-body">
        {selected.length === 1 ? (
          <NodeInspector key={selected[0]} nodeId={selected[0]} />
        ) : selected.length > 1 ? (
          <p className="muted">
            {selected.length} nodes{edgeCount > 0 ? ` and ${edgeCount} edges` : ""} selected. Ctrl+D
            duplicates them, Delete removes them.
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
