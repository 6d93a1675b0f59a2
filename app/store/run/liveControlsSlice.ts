// Settings a running streaming context takes at once (speed, input rates, backpressure), and the one it
// refuses (the batch interval). Each is also an edit of the document, so the next Run keeps it.
import type { Speed } from "../../../engine/protocol/messages";
import { t } from "../../i18n/useT";
import { setParam, setSettings } from "../documentEdits";
import type { SliceCreator } from "../types";
import { isRunStarted } from "./isRunStarted";

export type { Speed };

/** Speeds offered by the toolbar's select. */
export const SPEED_OPTIONS: readonly Speed[] = [0.1, 0.25, 0.5, 1, 2, 5, 10, "max"];

/** The notice of a refused batch-interval change, in the language of the moment. */
export const batchIntervalLocked = () => t("notices.run.batchIntervalLocked");

/** Source params that set a receiver's rate, in the catalog's naming. */
const RATE_PARAMS = ["rate", "ratePerSecond", "recordsPerSecond"];

export interface LiveControlsSlice {
  /** Simulation speed: multiples of real time (0.1 .. 10) or "max". */
  speed: Speed;
  setSpeed: (speed: Speed) => void;
  /** Sets the source's rate param and, while a run is on, tells the worker at once. */
  setInputRate: (nodeId: string, recordsPerSecond: number) => void;
  /** Spark's spark.streaming.backpressure.enabled: stored in the settings, applied live. */
  setBackpressure: (enabled: boolean) => void;
  /**
   * Whether the batch interval may change now. While a run is on it may not (Spark fixes a
   * StreamingContext's batch duration at creation): this returns false and tells the user why.
   */
  canChangeBatchInterval: () => boolean;
}

export const createLiveControlsSlice: SliceCreator<LiveControlsSlice> = (set, get) => ({
  speed: 1,
  setSpeed: (speed) => {
    set({ speed });
    get().sendToEngine({ type: "setSpeed", speed }, true);
  },
  setInputRate: (nodeId, recordsPerSecond) => {
    const node = get().doc.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const param = RATE_PARAMS.find((p) => p in node.params) ?? "rate";
    get().setParam(nodeId, param, recordsPerSecond);
    if (!isRunStarted(get())) return;
    get().sendToEngine({ type: "setInputRate", nodeId, recordsPerSecond });
    const runDoc = get().runDoc;
    // The running engine has the new rate too: it is no edit waiting for a restart.
    if (runDoc?.nodes.some((n) => n.id === nodeId))
      set({ runDoc: setParam(runDoc, nodeId, param, recordsPerSecond) });
  },
  setBackpressure: (enabled) => {
    get().setSettings({ backpressure: enabled });
    if (!isRunStarted(get())) return;
    get().sendToEngine({ type: "setBackpressure", enabled });
    const runDoc = get().runDoc;
    if (runDoc) set({ runDoc: setSettings(runDoc, { backpressure: enabled }) });
  },
  canChangeBatchInterval: () => {
    if (!isRunStarted(get())) return true;
    set({ notice: batchIntervalLocked() });
    get().showToast(batchIntervalLocked());
    return false;
  },
});
