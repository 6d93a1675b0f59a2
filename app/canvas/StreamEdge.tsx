// The edge between two DStreams: a bezier curve with an arrow. The live simulation draws batch tokens
// over it (app/canvas/tokens, the live simulation's). An edge running back left (auto-layout wrapped
// a long pipeline into rows) is drawn as steps through the gap between the rows, not across the cards.
import { BaseEdge, type EdgeProps, getBezierPath, getSmoothStepPath } from "@xyflow/react";
import { memo } from "react";
import { EdgeTokens } from "./tokens/EdgeTokens";

function StreamEdgeComponent(props: EdgeProps) {
  const runsBack = props.targetX < props.sourceX;
  const [path] = runsBack
    ? getSmoothStepPath({ ...props, borderRadius: 14, offset: 22 })
    : getBezierPath(props);
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
