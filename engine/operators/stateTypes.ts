// What a state node holds, for the app's node summaries (helper G's worker reads it).
export interface HoldsState {
  /** Number of keys in the state after the batch at `timeMs`, if that batch produced state. */
  stateSize(timeMs: number): number | undefined;
}
