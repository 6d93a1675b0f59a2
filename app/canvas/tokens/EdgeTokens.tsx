// The batch token of one edge: the RDD its source produced for the latest batch, drawn as a stack of
// partitions with its record count and batch time. React renders it once per batch; the animator moves it.
import { memo, useEffect, useLayoutEffect, useRef } from "react";
import { formatBatchTime, formatCount } from "../../charts/format";
import { useStudio } from "../../store";
import { depthsOf } from "./depthCache";
import { hideToken, refreshToken, registerToken, setAnimating, startTrip } from "./tokenAnimator";
import { legDuration } from "./tokenTiming";
import "./tokens.css";

const MAX_STACK = 6;
const W = 40;
const H = 22;
const OFFSET = 3;

// One subscription for all tokens: the animation clock runs only while the simulation does.
let wasRunning = false;
useStudio.subscribe((s) => {
  const running = s.runState === "running";
  if (running !== wasRunning) {
    wasRunning = running;
    setAnimating(running);
  }
});

export const EdgeTokens = memo(function EdgeTokens(props: { edgeId: string; source: string; path: string }) {
  const { edgeId, source, path } = props;
  const pathRef = useRef<SVGPathElement>(null);
  const groupRef = useRef<SVGGElement>(null);
  const summary = useStudio((s) => s.nodeHistory[source]?.at(-1));
  const wave = useStudio((s) => s.wave);
  const inspectNode = useStudio((s) => s.inspectNode);

  useLayoutEffect(() => registerToken(edgeId, pathRef.current!, groupRef.current!), [edgeId]);
  useLayoutEffect(() => {
    void path;
    refreshToken(edgeId);
  }, [edgeId, path]);

  useEffect(() => {
    if (!wave || !summary || summary.batchTimeMs !== wave.batchTimeMs || !summary.computed) {
      hideToken(edgeId);
      return;
    }
    const { doc, speed } = useStudio.getState();
    const depths = depthsOf(doc);
    const legMs = legDuration(doc.batchIntervalMs, speed, depths.levels);
    const delayMs = (depths.byNode.get(source) ?? 0) * legMs;
    startTrip(edgeId, { delayMs, legMs, whileRunning: wave.whileRunning });
  }, [wave, summary, edgeId, source]);

  const partitions = Math.min(MAX_STACK, Math.max(1, summary?.partitionCounts.length ?? 1));
  return (
    <>
      <path ref={pathRef} d={path} fill="none" stroke="none" />
      <g
        ref={groupRef}
        className="batch-token"
        data-testid="batch-token"
        data-edge-id={edgeId}
        data-count={summary?.count}
        data-batch-time={summary?.batchTimeMs}
        onClick={() => inspectNode(source)}
      >
        <title>
          {summary
            ? `RDD of ${source} at ${formatBatchTime(summary.batchTimeMs)}: ${summary.count} records in ${summary.partitionCounts.length} partitions (click for records)`
            : ""}
        </title>
        {Array.from({ length: partitions }, (_, i) => {
          const k = partitions - 1 - i; // back partitions first
          return (
            <rect
              key={k}
              className="batch-token-partition"
              x={-W / 2 + k * OFFSET}
              y={-H / 2 - k * OFFSET}
              width={W}
              height={H}
              rx={4}
            />
          );
        })}
        <text className="batch-token-count" x={0} y={4} textAnchor="middle">
          {summary ? formatCount(summary.count) : ""}
        </text>
        <text className="batch-token-time" x={0} y={H / 2 + 12} textAnchor="middle">
          {summary ? formatBatchTime(summary.batchTimeMs) : ""}
        </text>
      </g>
    </>
  );
});
