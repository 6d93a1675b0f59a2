// The run's drawings on the canvas (the batch tokens on the edges, the live badges on the cards) draw
// nothing before a run has data, so their code loads with the first batch, not with the page. The
// stylesheet stays with the page: it also puts the cards above the edges' layer.
import { lazy, memo, Suspense } from "react";
import { useStudio } from "../../store";
import "./tokens.css";

const EdgeTokens = lazy(() => import("./EdgeTokens").then((m) => ({ default: m.EdgeTokens })));
const NodeLiveBadge = lazy(() => import("./NodeLiveBadge").then((m) => ({ default: m.NodeLiveBadge })));

/** An edge's batch token, once a batch wave has been reported (a token shows only for one). */
export const RunEdgeTokens = memo(function RunEdgeTokens(props: {
  edgeId: string;
  source: string;
  path: string;
}) {
  const waved = useStudio((s) => s.wave !== undefined);
  if (!waved) return null;
  return (
    <Suspense fallback={null}>
      <EdgeTokens {...props} />
    </Suspense>
  );
});

/** A card's live badge, once the run has something to say about the node (the badge's own conditions). */
export const RunNodeBadge = memo(function RunNodeBadge({ nodeId }: { nodeId: string }) {
  const live = useStudio(
    (s) => s.nodeHistory[nodeId] !== undefined || s.nodeErrors[nodeId] !== undefined || s.pending.length > 0,
  );
  if (!live) return null;
  return (
    <Suspense fallback={null}>
      <NodeLiveBadge nodeId={nodeId} />
    </Suspense>
  );
});
