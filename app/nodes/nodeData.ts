// The React Flow node type the canvas renders: the document node's fields as `data`, its category as
// `type` ("sourceNode", ...: one custom component per category, see nodeTypes.ts).
import type { Node } from "@xyflow/react";
import type { NodeCategory } from "../../engine/graph/types";

export type StreamNodeData = {
  kind: string;
  label?: string;
  params: Record<string, unknown>;
};

export type StreamFlowNode = Node<StreamNodeData, string>;

export const CATEGORY_GLYPHS: Record<NodeCategory, string> = {
  source: "◉",
  transformation: "ƒ",
  window: "▤",
  state: "◧",
  join: "⋈",
  output: "⇥",
};
