// The edge between two DStreams: a bezier curve with an arrow. The live simulation draws batch tokens
// over it (app/canvas/tokens, the live simulation's). An edge running back left (auto-layout wrapped
// a long pipeline into rows) is drawn as steps through the gap between the rows, not across the cards.
import { BaseEdge, type EdgeProps, getBezierPath, getSmoothStepPath, useStore } from "@xyflow/react";
import { memo } from "react";
import { rowGapY } from "./rowGap";
import { RunEdgeTokens } from "./tokens/runDrawings";

function StreamEdgeComponent(props: EdgeProps) {
  const runsBack = props.targetX < props.sourceX;
  const { sourceY, targetY } = props;
  // The horizontal run goes under the source's whole row (a number: redraws only when it moves).
  const centerY = useStore((s) => {
    if (!runsBack) return undefined;
    const cards = [...s.nodeLookup.values()].map((n) => ({
      ...n.internals.positionAbsolute,
      width: n.measured.width ?? 0,
      height: n.measured.height ?? 0,
    }));
    return rowGapY(cards, sourceY, targetY);
  });
  const [path] = runsBack
    ? getSmoothStepPath({ ...props, centerY, borderRadius: 14, offset: 22 })
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
      <RunEdgeTokens edgeId={props.id} source={props.source} path={path} />
    </>
  );
}

export const StreamEdge = memo(StreamEdgeComponent);
export const edgeTypes = { stream: StreamEdge };
