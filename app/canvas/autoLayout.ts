// Left-to-right layered layout with elkjs (Eclipse Layout Kernel), as dataflow tools draw graphs.
// ELK's layout code is large (1.4 MB minified): in the browser it runs in ELK's own web worker, loaded
// on the first layout as a plain asset, so it weighs nothing on the page's first load nor its main thread.
import type ELK from "elkjs/lib/elk-api.js";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** The visible canvas: a layout much wider than it is wrapped into rows so the text stays readable. */
export interface Viewport {
  width: number;
  height: number;
}

/** Below this fit zoom a single row is wrapped (node text ~10 px on a projector otherwise). */
export const WRAP_BELOW_ZOOM = 0.85;

let engine: Promise<InstanceType<typeof ELK>> | null = null;
/** One ELK (one worker) for the page, started on first use or by preloadLayout. */
const getEngine = () => {
  engine ??= layoutEngine();
  return engine;
};

async function layoutEngine(): Promise<InstanceType<typeof ELK>> {
  // ELK's API loads with the first layout, not with the page.
  if (typeof Worker !== "undefined") {
    const { default: ElkApi } = await import("elkjs/lib/elk-api.js");
    return new ElkApi({ workerUrl: elkWorkerUrl });
  }
  // Node (unit tests): elkjs's main entry runs ELK in-process. Not a static import: the browser build
  // must not bundle it.
  const nodeEntry = "elkjs";
  const { default: ElkNode } = (await import(/* @vite-ignore */ nodeEntry)) as { default: typeof ELK };
  return new ElkNode();
}

const BASE_OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.spacing.nodeNodeBetweenLayers": "56",
  "elk.spacing.nodeNode": "36",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
};

async function run(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  extra: Record<string, string> = {},
): Promise<ElkNode> {
  const elk = await getEngine();
  return elk.layout({
    id: "root",
    layoutOptions: { ...BASE_OPTIONS, ...extra } as Record<string, string>,
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
}

/** Starts ELK's worker ahead of the first layout (opening an example lays it out). */
export function preloadLayout() {
  void getEngine();
}

const fitZoom = (w: number, h: number, view: Viewport) => Math.min(view.width / w, view.height / h);

export async function layoutLeftToRight(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  viewport?: Viewport,
): Promise<Map<string, { x: number; y: number }>> {
  let graph = await run(nodes, edges);
  if (viewport && viewport.width > 0 && viewport.height > 0) {
    const zoom = fitZoom(graph.width ?? 1, graph.height ?? 1, viewport);
    if (zoom < WRAP_BELOW_ZOOM) {
      // ELK's graph wrapping cuts the long chain into rows, aiming at the canvas's shape.
      const wrapped = await run(nodes, edges, {
        "elk.layered.wrapping.strategy": "MULTI_EDGE",
        // Rows far enough apart that a card grown by an error message doesn't cover the next row.
        "elk.layered.wrapping.additionalEdgeSpacing": "30",
        "elk.aspectRatio": String((viewport.width / viewport.height) * 1.6),
      });
      if (fitZoom(wrapped.width ?? 1, wrapped.height ?? 1, viewport) > zoom) graph = wrapped;
    }
  }
  return new Map(
    (graph.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]),
  );
}
