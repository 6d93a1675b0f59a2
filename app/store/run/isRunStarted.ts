import type { StudioState } from "../types";

/** A run is on (running or paused): its StreamingContext, and so its graph and intervals, are fixed. */
export const isRunStarted = (s: Pick<StudioState, "runState">) =>
  s.runState === "running" || s.runState === "paused";
