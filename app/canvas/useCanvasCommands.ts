// Canvas commands shared by the toolbar, palette, context menu and shortcuts: add a node where the
// user is looking, auto-layout, fit view. Needs the ReactFlowProvider that wraps the whole editor.
import { useReactFlow } from "@xyflow/react";
import { useCallback, useMemo } from "react";
import { useStudio } from "../store";
import { layoutLeftToRight } from "./autoLayout";
import { holdCanvasForLayout, releaseCanvas } from "./layoutGate";

const twoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const DEFAULT_SIZE = { width: 248, height: 100 };
/**
 * Fit fills the canvas (up to 1.25x); long pipelines still fit whole (auto-layout wraps them into rows).
 * The top padding clears the pipeline-title bar that floats over the canvas's top edge.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: "64px", right: "8%", bottom: "8%", left: "8%" },
  maxZoom: 1.25,
  minZoom: 0.35,
} as const;

export function useCanvasCommands() {
  const flow = useReactFlow();

  const fitView = useCallback(() => void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 250 }), [flow]);

  const addNodeAtCenter = useCallback(
    (kind: string) => {
      const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
      const center = pane
        ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      // Step right past nodes already there, so repeated double-clicks lay a chain left to right.
      const taken = useStudio.getState().doc.nodes.map((n) => n.position);
      let position = {
        x: Math.round(center.x - DEFAULT_SIZE.width / 2),
        y: Math.round(center.y - DEFAULT_SIZE.height / 2),
      };
      while (taken.some((p) => Math.abs(p.x - position.x) < 260 && Math.abs(p.y - position.y) < 120)) {
        position = { x: position.x + 290, y: position.y };
      }
      const id = useStudio.getState().addNodeOfKind(kind, position);
      if (pane) {
        // Keep the new node in sight: refit when it landed outside the view.
        const screen = flow.flowToScreenPosition({ x: position.x + DEFAULT_SIZE.width, y: position.y });
        if (screen.x > pane.right - 20) requestAnimationFrame(() => fitView());
      }
      return id;
    },
    [flow, fitView],
  );

  /** Lays the graph out left to right; `undoable: false` for a document just opened (nothing to undo). */
  const autoLayout = useCallback(
    async (undoable = true) => {
      const { doc, applyLayout } = useStudio.getState();
      if (doc.nodes.length === 0) return;
      const nodes = doc.nodes.map((n) => {
        const measured = flow.getNode(n.id)?.measured;
        return {
          id: n.id,
          width: measured?.width ?? DEFAULT_SIZE.width,
          height: measured?.height ?? DEFAULT_SIZE.height,
        };
      });
      const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
      const viewport = pane && { width: pane.width * 0.85, height: pane.height * 0.85 };
      const positions = await layoutLeftToRight(nodes, doc.edges, viewport);
      if (useStudio.getState().doc.nodes !== doc.nodes) return; // edited meanwhile: keep the user's edit
      applyLayout(positions, undoable);
      // Two frames: React renders the new positions, then React Flow knows the new bounds.
      await twoFrames();
      // A document just opened is still hidden: fit it at once, with no animation to watch.
      if (undoable) fitView();
      else await flow.fitView(FIT_VIEW_OPTIONS);
    },
    [flow, fitView],
  );

  /** Opens a document (`open`) and lays it out before the canvas shows it. */
  const openLaidOut = useCallback(
    async <T>(open: () => Promise<T>): Promise<T> => {
      holdCanvasForLayout();
      try {
        const result = await open();
        // Lay it out with the cards' real sizes once they are drawn (two frames: render, then measure).
        void twoFrames()
          .then(() => autoLayout(false))
          .finally(releaseCanvas);
        return result;
      } catch (e) {
        releaseCanvas();
        throw e;
      }
    },
    [autoLayout],
  );

  return useMemo(
    () => ({ fitView, addNodeAtCenter, autoLayout, openLaidOut }),
    [fitView, addNodeAtCenter, autoLayout, openLaidOut],
  );
}
