// The React Flow canvas: renders the document's nodes and edges and turns gestures into store edits.

import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from "@xyflow/react";
import { lazy, type MouseEvent, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import type { StreamFlowNode } from "../nodes/nodeData";
import { nodeTypes } from "../nodes/nodeTypes";
import { useStudio } from "../store";
import { useElementSize } from "../widgets/useElementSize";
import { CanvasToasts } from "./CanvasToasts";
import type { MenuTarget } from "./ContextMenu";
import { EmptyCanvasHint } from "./EmptyCanvasHint";
import { FaultLayer } from "./fault/FaultLayer";
import { newFlowNodeCache, type Size, toFlowEdges, toFlowNodes } from "./flowElements";
import { useLayoutGate } from "./layoutGate";
import { PipelineTitle } from "./PipelineTitle";
import { edgeTypes } from "./StreamEdge";
import { FIT_VIEW_OPTIONS, useCanvasCommands } from "./useCanvasCommands";
import { useFlowHandlers } from "./useFlowHandlers";
import { useShortcuts } from "./useShortcuts";

// The right-click menu loads when first opened (an overlay at the pointer: nothing moves while it loads).
const ContextMenu = lazy(() => import("./ContextMenu").then((m) => ({ default: m.ContextMenu })));

const minimapColor = (n: StreamFlowNode) => `var(--cat-${n.type?.replace(/Node$/, "") ?? "output"})`;
const MINIMAP_SIZE = { width: 168, height: 112 };
/** Narrower than this, the minimap would cover a good part of the pipeline. */
const MINIMAP_MIN_CANVAS_WIDTH = 720;

export function Canvas() {
  const t = useT();
  const doc = useStudio((s) => s.doc);
  const selectedNodeIds = useStudio((s) => s.selectedNodeIds);
  const selectedEdgeIds = useStudio((s) => s.selectedEdgeIds);
  const theme = useStudio((s) => s.theme);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const [canvasRef, canvasSize] = useElementSize<HTMLDivElement>();
  const cache = useRef(newFlowNodeCache());

  const onMeasured = useCallback(
    (sizes: Map<string, Size>) => setMeasured((prev) => new Map([...prev, ...sizes])),
    [],
  );
  // Palette drops are caught on the whole canvas, so a drop over the title floating above it still adds.
  const { onDragOver, onDrop, ...handlers } = useFlowHandlers(onMeasured);
  const { fitView } = useCanvasCommands();
  const pipelineId = useStudio((s) => s.pipelineId);
  // Fit a pipeline when it is opened, once its nodes are drawn and measured; never on the first drop
  // into an empty canvas (React Flow's fitView-on-init would jump the view there).
  const opened = useRef(pipelineId);
  useEffect(() => {
    if (opened.current === pipelineId) return;
    opened.current = pipelineId;
    // A document being laid out is fitted by the layout itself, before it is shown.
    const fitUnlessLaidOut = () => useLayoutGate.getState().pending || fitView();
    const frame = requestAnimationFrame(() => requestAnimationFrame(fitUnlessLaidOut));
    return () => cancelAnimationFrame(frame);
  }, [pipelineId, fitView]);
  const [fitOnInit] = useState(() => useStudio.getState().doc.nodes.length > 0);
  const layingOut = useLayoutGate((s) => s.pending);
  const closeMenu = useCallback(() => setMenu(null), []);
  useShortcuts(closeMenu);

  const nodes = useMemo(
    () => toFlowNodes(doc.nodes, new Set(selectedNodeIds), measured, cache.current),
    [doc.nodes, selectedNodeIds, measured],
  );
  const edges = useMemo(() => toFlowEdges(doc, new Set(selectedEdgeIds)), [doc, selectedEdgeIds]);

  const openMenu = useCallback(
    (on: MenuTarget["on"], e: MouseEvent | globalThis.MouseEvent, select?: () => void) => {
      e.preventDefault();
      select?.();
      setMenu({ on, x: e.clientX, y: e.clientY });
    },
    [],
  );

  // The minimap only where there is a pipeline and room beside it: on a canvas squeezed between the side
  // panels (a lesson open beside the inspector) its corner goes back to the pipeline.
  const showMinimap = doc.nodes.length > 0 && canvasSize.width > MINIMAP_MIN_CANVAS_WIDTH;

  return (
    <div
      ref={canvasRef}
      className={layingOut ? "canvas is-laying-out" : "canvas"}
      data-testid="canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<StreamFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        onNodeContextMenu={(e, node) =>
          openMenu("node", e, () => {
            const s = useStudio.getState();
            if (!s.selectedNodeIds.includes(node.id)) s.setSelection([node.id], []);
          })
        }
        onEdgeContextMenu={(e, edge) =>
          openMenu("edge", e, () => useStudio.getState().setSelection([], [edge.id]))
        }
        onPaneContextMenu={(e) => openMenu("pane", e)}
        onPaneClick={closeMenu}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={["Control", "Meta"]}
        colorMode={theme}
        fitView={fitOnInit}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.2}
        maxZoom={2}
        attributionPosition="top-right"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} color="var(--canvas-dots)" />
        {showMinimap && (
          <MiniMap
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeStrokeWidth={3}
            ariaLabel="Minimap"
            style={MINIMAP_SIZE}
          />
        )}
        <Controls showInteractive={false} />
      </ReactFlow>
      <PipelineTitle />
      <FaultLayer />
      {layingOut && <p className="canvas-placeholder">{t("canvas.layingOut")}</p>}
      {doc.nodes.length === 0 && <EmptyCanvasHint />}
      {menu && (
        <Suspense fallback={null}>
          <ContextMenu target={menu} onClose={closeMenu} />
        </Suspense>
      )}
      <CanvasToasts />
    </div>
  );
}
