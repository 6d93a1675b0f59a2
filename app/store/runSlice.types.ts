// The run slice's contract: the toolbar (issue 5) calls these actions; helper A2 implements them in
// runSlice.ts on top of the engine worker client. Extend freely; don't rename what the toolbar uses.
import type { BatchInfoMessage, RunState, Speed } from "../../engine/protocol/messages";

import type { RunLiveSlice } from "./run/runLive.types";

export type { RunState, Speed };

export interface RunSlice extends RunLiveSlice {
  /** The engine's state as last reported by the worker ("idle" before anything was loaded). */
  runState: RunState;
  /** Simulation speed: multiples of real time (0.1 .. 10) or "max". */
  speed: Speed;
  /** Completed batches, oldest first (bounded by the run slice). */
  batches: BatchInfoMessage[];
  /** Loads the current pipeline document into the worker (if needed) and starts or resumes it. */
  run: () => void;
  /** Pauses after the batch in progress; tokens and charts stand still. */
  pause: () => void;
  /** Runs exactly one batch (loading the pipeline first if needed), then pauses. */
  step: () => void;
  /** Stops the streaming context; the next run starts from batch 0. */
  stop: () => void;
  setSpeed: (speed: Speed) => void;
}

/** Speeds offered by the toolbar's select. */
export const SPEED_OPTIONS: readonly Speed[] = [0.1, 0.25, 0.5, 1, 2, 5, 10, "max"];
