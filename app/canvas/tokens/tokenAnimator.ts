// Moves every batch token along its edge in one requestAnimationFrame loop, writing CSS transforms
// directly: React renders a token once per batch (its label), never once per frame.
// The animation clock advances only while the simulation runs, so paused or stopped tokens stand still.
import { pointAlong, samplePath } from "./pathSamples";
import { ease, type TokenRun, tokenProgress } from "./tokenTiming";

/** Tokens travel over the middle of the edge; at the ends they would hide under the nodes. */
const PATH_START = 0.12;
const PATH_SPAN = 0.76;
/** Where a stepped batch's tokens stand (they don't move until the run resumes). */
const STILL_AT = 0.5;
/** A long frame (tab in background) must not teleport tokens. */
const MAX_FRAME_MS = 100;

interface TokenHandle {
  path: SVGPathElement;
  /**
   * Cached: measuring a path every frame costs more than moving the token. Null when the path changed:
   * measured at the next placement, in the animation frame, never in React's commit (where it forced a
   * layout of the whole canvas mid-task).
   */
  samples: number[] | null;
  token: HTMLElement;
  run: TokenRun | null;
  /** A newer batch came while this token was still moving: go again when it arrives (aggregation). */
  queuedLegMs: number | null;
  stillAt: number | null;
}

const tokens = new Map<string, TokenHandle>();
let clockMs = 0;
let animating = false;
let lastFrameMs: number | null = null;
let frameRequested = false;

export function registerToken(edgeId: string, path: SVGPathElement, token: HTMLElement): () => void {
  const handle: TokenHandle = {
    path,
    samples: null,
    token,
    run: null,
    queuedLegMs: null,
    stillAt: null,
  };
  tokens.set(edgeId, handle);
  hide(handle);
  return () => {
    if (tokens.get(edgeId) === handle) tokens.delete(edgeId);
  };
}

/** A batch reached the edge's source: start (or queue) the token's trip. */
export function startTrip(
  edgeId: string,
  trip: { delayMs: number; legMs: number; whileRunning: boolean },
): void {
  const h = tokens.get(edgeId);
  if (!h) return;
  if (!trip.whileRunning) {
    h.run = null;
    h.queuedLegMs = null;
    h.stillAt = STILL_AT;
    place(h, STILL_AT);
    return;
  }
  h.stillAt = null;
  const p = h.run ? tokenProgress(h.run, clockMs) : 1;
  if (h.run && (p === null || p < 1)) {
    h.queuedLegMs = trip.legMs;
  } else {
    h.run = { startMs: clockMs, delayMs: trip.delayMs, legMs: trip.legMs };
    if (h.run.delayMs > 0) hide(h);
  }
  requestFrame();
}

export function hideToken(edgeId: string): void {
  const h = tokens.get(edgeId);
  if (!h) return;
  h.run = null;
  h.queuedLegMs = null;
  h.stillAt = null;
  hide(h);
}

/** The edge's path changed (a node moved): put a standing token back on it. */
export function refreshToken(edgeId: string): void {
  const h = tokens.get(edgeId);
  if (!h) return;
  h.samples = null;
  // A running animation places it at its next frame; a standing token is placed now.
  if (h.stillAt !== null) place(h, h.stillAt);
  else if (h.run && animating) requestFrame();
  else if (h.run) {
    const p = tokenProgress(h.run, clockMs);
    if (p !== null) place(h, ease(p));
  }
}

/** Follows the run state: the clock moves only while the simulation runs. */
export function setAnimating(on: boolean): void {
  animating = on;
  lastFrameMs = null;
  if (on) requestFrame();
}

function requestFrame() {
  if (frameRequested || !animating || typeof requestAnimationFrame !== "function") return;
  frameRequested = true;
  requestAnimationFrame(frame);
}

function frame(nowMs: number) {
  frameRequested = false;
  if (!animating) return;
  if (lastFrameMs !== null) clockMs += Math.min(MAX_FRAME_MS, nowMs - lastFrameMs);
  lastFrameMs = nowMs;
  let moving = false;
  // Measure every changed path first, then write transforms: reads and writes never interleave.
  for (const h of tokens.values()) if (h.run && !h.samples) h.samples = measure(h.path);
  for (const h of tokens.values()) {
    if (!h.run) continue;
    const p = tokenProgress(h.run, clockMs);
    if (p === null) {
      moving = true;
      continue;
    }
    place(h, ease(p));
    if (p < 1) moving = true;
    else if (h.queuedLegMs !== null) {
      h.run = { startMs: clockMs, delayMs: 0, legMs: h.queuedLegMs };
      h.queuedLegMs = null;
      moving = true;
    }
  }
  if (moving) requestFrame();
  else lastFrameMs = null;
}

function measure(path: SVGPathElement): number[] {
  return samplePath((l) => path.getPointAtLength(l), path.getTotalLength(), PATH_START, PATH_SPAN);
}

function place(h: TokenHandle, progress: number) {
  h.samples ??= measure(h.path);
  const at = pointAlong(h.samples, progress);
  // Flow coordinates: the token lives in React Flow's viewport portal.
  h.token.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px) translate(-50%, -50%)`;
  // A token standing still (stepped) is the one to click: it comes above the cards (tokens.css).
  h.token.classList.toggle("is-standing", h.stillAt !== null);
  h.token.style.display = "";
}

function hide(h: TokenHandle) {
  h.token.style.display = "none";
}
