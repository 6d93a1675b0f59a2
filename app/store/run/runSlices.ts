// The run, split by meaning: its lifecycle (buttons and worker messages), its results, the settings a
// running context takes live, and the panel's view state. One type for the store to include.
import type { LiveControlsSlice } from "./liveControlsSlice";
import type { RunDataSlice } from "./runDataSlice";
import type { RunSessionSlice } from "./runSessionSlice";
import type { RunViewSlice } from "./runViewSlice";

export type RunSlices = RunSessionSlice & RunDataSlice & LiveControlsSlice & RunViewSlice;
