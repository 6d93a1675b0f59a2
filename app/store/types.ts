// The studio store's full shape: one zustand store built from slices (see index.ts).
import type { StateCreator } from "zustand";
import type { StructuredRunSlice } from "../structured/store/structuredRunSlice";
import type { DocumentSlice } from "./documentSlice";
import type { HistorySlice } from "./historySlice";
import type { RunSlices } from "./run/runSlices";
import type { SelectionSlice } from "./selectionSlice";
import type { UiSlice } from "./uiSlice";

export type StudioState = DocumentSlice &
  SelectionSlice &
  HistorySlice &
  UiSlice &
  RunSlices &
  StructuredRunSlice;

/** A slice creator that sees (and may call) the whole store. */
export type SliceCreator<Slice> = StateCreator<StudioState, [], [], Slice>;
