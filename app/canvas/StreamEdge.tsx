// The edge between two DStreams: a bezier curve with an arrow. The live simulation draws batch tokens
// over it (app/canvas/tokens, the live simulation's).
import { BaseEdge, type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo } from "react";
import { EdgeTokens } from "./tokens/EdgeTokens";

function StreamEdgeComponent(props: EdgeProps) {
  const [path] = getBezierPath(props);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        interactionWidth={24}
        className={props.selected ? "stream-edge is-selected" : "stream-edge"}
      />
      <EdgeTokens edgeId={props.id} source={props.source} path={path} />
    </>
  );
}

export const StreamEdge = memo(StreamEdgeComponent);
export const edgeTypes = { stream: StreamEdge };
