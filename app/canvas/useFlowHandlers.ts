// React Flow event handlers, translated into store actions: the document stays the source of truth.
import type {
  Connection,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
  OnConnectEnd,
} from "@xyflow/react";
import { useReactFlow } from "@xyflow/react";
import { type DragEvent, useCallback, useMemo } from "react";
import type { StreamFlowNode } from "../nodes/nodeData";
import { useStudio } from "../store";
import { specOf } from "../store/catalog";
import { checkConnection } from "./connectionRules";
import type { Size } from "./flowElements";

export const PALETTE_DRAG_TYPE = "application/x-dstream-kind";

function applySelection(current: readonly string[], changes: { id: string; selected: boolean }[]) {
  const set = new Set(current);
  for (const c of changes) c.selected ? set.add(c.id) : set.delete(c.id);
  return [...set];
}

/** The edge a finished drag describes, whichever end the user started from. */
function endpoints(state: FinalConnectionState) {
  if (!state.fromNode || !state.toNode) return null;
  const fromSource = state.fromHandle?.type !== "target";
  return fromSource
    ? { source: state.fromNode.id, target: state.toNode.id, targetHandle: state.toHandle?.id ?? null }
    : { source: state.toNode.id, target: state.fromNode.id, targetHandle: state.fromHandle?.id ?? null };
}

export function useFlowHandlers(onMeasured: (sizes: Map<string, Size>) => void) {
  const flow = useReactFlow();

  const onNodesChange = useCallback(
    (changes: NodeChange<StreamFlowNode>[]) => {
      const state = useStudio.getState();
      const moves = new Map<string, { x: number; y: number }>();
      const selects: { id: string; selected: boolean }[] = [];
      const sizes = new Map<string, Size>();
      for (const c of changes) {
        if (c.type === "position" && c.position) moves.set(c.id, c.position);
        else if (c.type === "select") selects.push(c);
        else if (c.type === "dimensions" && c.dimensions) sizes.set(c.id, c.dimensions);
      }
      if (moves.size > 0) state.moveNodes(moves, "drag");
      if (selects.length > 0)
        state.setSelection(applySelection(state.selectedNodeIds, selects), state.selectedEdgeIds);
      if (sizes.size > 0) onMeasured(sizes);
    },
    [onMeasured],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const state = useStudio.getState();
    const selects = changes.filter((c) => c.type === "select");
    if (selects.length > 0)
      state.setSelection(state.selectedNodeIds, applySelection(state.selectedEdgeIds, selects));
  }, []);

  const isValidConnection: IsValidConnection = useCallback(
    (c) => checkConnection(useStudio.getState().doc, c, specOf).ok,
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    const state = useStudio.getState();
    const verdict = checkConnection(state.doc, c, specOf);
    if (verdict.ok) state.connect(c.source, c.target, c.targetHandle);
    else state.showToast(verdict.reason);
  }, []);

  const onConnectEnd: OnConnectEnd = useCallback((_event, connection) => {
    if (connection.isValid !== false) return;
    const edge = endpoints(connection);
    if (!edge) return;
    const verdict = checkConnection(useStudio.getState().doc, edge, specOf);
    if (!verdict.ok) useStudio.getState().showToast(verdict.reason);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!kind) return;
      event.preventDefault();
      // The card's top edge goes just below the pipeline title when dropped over it, so it stays visible.
      const titleBottom = document.querySelector(".pipeline-title")?.getBoundingClientRect().bottom ?? 0;
      const zoom = flow.getViewport().zoom;
      const top = Math.max(event.clientY - 30 * zoom, titleBottom + 8);
      const p = flow.screenToFlowPosition({ x: event.clientX, y: top });
      useStudio.getState().addNodeOfKind(kind, { x: Math.round(p.x - 110), y: Math.round(p.y) });
    },
    [flow],
  );

  const onNodeDragStart = useCallback(() => useStudio.getState().breakCoalescing(), []);

  return useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      isValidConnection,
      onConnect,
      onConnectEnd,
      onDragOver,
      onDrop,
      onNodeDragStart,
    }),
    [
      onNodesChange,
      onEdgesChange,
      isValidConnection,
      onConnect,
      onConnectEnd,
      onDragOver,
      onDrop,
      onNodeDragStart,
    ],
  );
}
