// Undo/redo over whole documents. Documents are immutable and share structure, so a snapshot is cheap.
// Edits that arrive in a burst with the same coalesce key (typing in a field, dragging a node) become
// one undo step.
import type { PipelineDocument } from "../../engine/graph/types";
import type { SliceCreator } from "./types";

export const HISTORY_LIMIT = 200;
const COALESCE_WINDOW_MS = 1200;

export interface HistorySlice {
  past: PipelineDocument[];
  future: PipelineDocument[];
  /** Key and time of the last committed edit, for coalescing. */
  lastEdit: { key: string; at: number } | null;
  /** Replaces the document as one undoable edit (or part of the previous one, same key in a burst). */
  commitDoc: (next: PipelineDocument, coalesceKey?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Ends the current burst, so the next edit with the same key is its own undo step. */
  breakCoalescing: () => void;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  lastEdit: null,
  commitDoc: (next, coalesceKey) => {
    const { doc, past, lastEdit } = get();
    if (next === doc) return;
    const now = Date.now();
    const joins =
      coalesceKey !== undefined && lastEdit?.key === coalesceKey && now - lastEdit.at < COALESCE_WINDOW_MS;
    set({
      doc: next,
      past: joins ? past : [...past, doc].slice(-HISTORY_LIMIT),
      future: [],
      lastEdit: coalesceKey === undefined ? null : { key: coalesceKey, at: now },
    });
  },
  undo: () => {
    const { doc, past, future } = get();
    const previous = past.at(-1);
    if (!previous) return;
    set({ doc: previous, past: past.slice(0, -1), future: [doc, ...future], lastEdit: null });
  },
  redo: () => {
    const { doc, past, future } = get();
    const next = future[0];
    if (!next) return;
    set({ doc: next, past: [...past, doc], future: future.slice(1), lastEdit: null });
  },
  breakCoalescing: () => set({ lastEdit: null }),
});
