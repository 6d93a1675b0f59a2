// The batch token of one edge: the RDD its source produced for the latest batch, drawn as a stack of
// partitions with its record count and batch time. React renders it once per batch; the animator moves it.
// The token is HTML in React Flow's viewport portal, above the edges and under the cards (tokens.css).

import { ViewportPortal } from "@xyflow/react";
import { memo, useEffect, useLayoutEffect, useRef } from "react";
import { formatBatchTime, formatCount } from "../../charts/format";
import { countText } from "../../i18n/counts";
import { t } from "../../i18n/useT";
import { useStudio } from "../../store";
import { depthsOf } from "./depthCache";
import { passClickToHandle, passPressToHandle } from "./pressThrough";
import { hideToken, refreshToken, registerToken, setAnimating, startTrip } from "./tokenAnimator";
import { DEPTH_STAGGER, legDuration } from "./tokenTiming";

const MAX_STACK = 6;
const PARTITION_KEYS = Array.from({ length: MAX_STACK }, (_, i) => `partition-${i}`);

// One subscription for all tokens: the animation clock runs only while the simulation does. This module
// loads with the first batch (runDrawings.tsx), when the run may already be going: start from now.
let wasRunning = false;
const followRunState = (s: { runState: string }) => {
  const running = s.runState === "running";
  if (running !== wasRunning) {
    wasRunning = running;
    setAnimating(running);
  }
};
followRunState(useStudio.getState());
useStudio.subscribe(followRunState);

export const EdgeTokens = memo(function EdgeTokens(props: { edgeId: string; source: string; path: string }) {
  const { edgeId, source, path } = props;
  const pathRef = useRef<SVGPathElement>(null);
  const tokenRef = useRef<HTMLButtonElement>(null);
  const summary = useStudio((s) => s.nodeHistory[source]?.at(-1));
  const wave = useStudio((s) => s.wave);
  const inspectNode = useStudio((s) => s.inspectNode);
  // The handle a press on this token was handed to, until its click.
  const pressedHandle = useRef<HTMLElement | null>(null);

  const registered = useRef<{ token: HTMLElement; unregister: () => void } | null>(null);
  useLayoutEffect(() => {
    // The portal's element may appear a render after the edge's: register once both exist.
    const token = tokenRef.current;
    if (!pathRef.current || !token || registered.current?.token === token) return;
    registered.current?.unregister();
    registered.current = { token, unregister: registerToken(edgeId, pathRef.current, token) };
  });
  useEffect(
    () => () => {
      registered.current?.unregister();
      registered.current = null;
    },
    [],
  );
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
    const delayMs = (depths.byNode.get(source) ?? 0) * DEPTH_STAGGER * legMs;
    startTrip(edgeId, { delayMs, legMs, whileRunning: wave.whileRunning });
  }, [wave, summary, edgeId, source]);

  const partitions = Math.min(MAX_STACK, Math.max(1, summary?.partitionCounts.length ?? 1));
  return (
    <>
      <path ref={pathRef} d={path} fill="none" stroke="none" />
      <ViewportPortal>
        <button
          type="button"
          ref={tokenRef}
          className="batch-token nodrag nopan"
          style={{ display: "none" }}
          data-testid="batch-token"
          data-edge-id={edgeId}
          data-count={summary?.count}
          data-batch-time={summary?.batchTimeMs}
          onMouseDown={(event) => {
            pressedHandle.current = passPressToHandle(event.nativeEvent);
            if (pressedHandle.current) event.preventDefault();
          }}
          onClick={(event) => {
            const handle = pressedHandle.current;
            pressedHandle.current = null;
            if (handle) passClickToHandle(handle, event.nativeEvent);
            else inspectNode(source);
          }}
          title={
            summary
              ? t("nodes.token", {
                  source,
                  time: formatBatchTime(summary.batchTimeMs),
                  records: countText(summary.count, "record"),
                  partitions: countText(summary.partitionCounts.length, "partition"),
                })
              : undefined
          }
        >
          <span className="batch-token-stack" style={{ marginTop: (partitions - 1) * 3 }}>
            {PARTITION_KEYS.slice(0, partitions).map((key, k) => (
              <span
                key={key}
                className="batch-token-partition"
                style={{ transform: `translate(${k * 3}px, ${-k * 3}px)`, zIndex: partitions - k }}
              />
            ))}
            <span className="batch-token-count">{summary ? formatCount(summary.count) : ""}</span>
          </span>
          <span className="batch-token-time">{summary ? formatBatchTime(summary.batchTimeMs) : ""}</span>
        </button>
      </ViewportPortal>
    </>
  );
});
