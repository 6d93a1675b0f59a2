// What a window or state node holds, for the app's node summaries (NodeBatchSummary.windowBatches /
// stateSize). The stream a node compiles to may be a derived one (countByWindow ends in a map after a
// ReducedWindowedDStream), so this looks through a few single-parent steps for the window or state
// stream underneath. Call it for window/state nodes only: a map placed after a window would report it too.
import type { DStream } from "../core/DStream";
import type { HoldsState } from "./stateTypes";
import type { HoldsWindow } from "./windowTimes";

export interface Holdings {
  /** Parent batch times inside the window current at the batch time. */
  windowBatches?: number[];
  /** Keys held in the state after the batch. */
  stateSize?: number;
}

const MAX_DEPTH = 4;

const holdsWindow = (s: DStream<any>): s is DStream<any> & HoldsWindow => "windowBatchTimes" in s;
const holdsState = (s: DStream<any>): s is DStream<any> & HoldsState => "stateSize" in s;

export function holdings(stream: DStream<any>, timeMs: number): Holdings {
  let s: DStream<any> | undefined = stream;
  for (let depth = 0; s && depth <= MAX_DEPTH; depth++) {
    if (holdsWindow(s)) return { windowBatches: s.windowBatchTimes(timeMs) };
    if (holdsState(s)) return { stateSize: s.stateSize(timeMs) };
    s = s.dependencies.length === 1 ? s.dependencies[0] : undefined;
  }
  return {};
}
