// One memoised node component per category, registered once at module scope (React Flow re-mounts
// every node if `nodeTypes` changes identity).
import type { NodeProps, NodeTypes } from "@xyflow/react";
import { createElement, memo } from "react";
import type { NodeCategory } from "../../engine/graph/types";
import type { StreamFlowNode } from "./nodeData";
import { StreamNode } from "./StreamNode";

function categoryNode(category: NodeCategory | "unknown") {
  const component = (props: NodeProps<StreamFlowNode>) => createElement(StreamNode, { ...props, category });
  component.displayName = `${category[0].toUpperCase()}${category.slice(1)}Node`;
  return memo(component);
}

export const SourceNode = categoryNode("source");
export const TransformationNode = categoryNode("transformation");
export const WindowNode = categoryNode("window");
export const StateNode = categoryNode("state");
export const JoinNode = categoryNode("join");
export const OutputNode = categoryNode("output");
export const UnknownNode = categoryNode("unknown");

/** Type names avoid React Flow's built-in "input"/"output"/"default" types and their default CSS. */
export const nodeTypeOf = (category: NodeCategory | undefined) => `${category ?? "unknown"}Node`;

export const nodeTypes: NodeTypes = {
  sourceNode: SourceNode,
  transformationNode: TransformationNode,
  windowNode: WindowNode,
  stateNode: StateNode,
  joinNode: JoinNode,
  outputNode: OutputNode,
  unknownNode: UnknownNode,
};
