// The lesson player's state: which lesson is open, its step, what is highlighted, the hints shown, and
// what the worker reported for the lesson's experiments. A store of its own, beside the studio's.
import { create } from "zustand";
import type { LessonEvent } from "../../engine/protocol/lessonEvents";
import type { Lesson } from "./schema";

export type LessonOrigin = "builtin" | "file" | "link";

export interface Highlight {
  nodes: string[];
  /** [source, target] node ids. */
  edges: [string, string][];
  chart?: string;
  batchRow?: number;
  /** A pipeline setting's field in the inspector (`#setting-<name>`). */
  setting?: string;
}

/** One batch a database sink wrote (rows replace that batch time's rows: a replay writes the same set). */
export interface TableWrite {
  nodeId: string;
  table: string;
  batchTimeMs: number;
  rows: number;
}

export const NO_HIGHLIGHT: Highlight = { nodes: [], edges: [] };

export interface LessonState {
  lesson: Lesson | null;
  origin: LessonOrigin;
  /** 0..steps.length-1 for a step; steps.length for the challenge. */
  stepIndex: number;
  /** The step's actions are being carried out. */
  busy: boolean;
  /** A step's action failed (a pipeline that would not load, a batch that never came). */
  actionError?: string;
  highlight: Highlight;
  hintsShown: number;
  lifecycle: Extract<LessonEvent, { kind: "lifecycle" }>[];
  /** The database sinks' writes heard since the lesson opened, newest last (bounded). */
  tableWrites: TableWrite[];
  /** The visit (lesson:step:visit) whose actions have all been carried out. */
  actionsDone: string | null;
  /** Batches completed since the page opened, across runs (tests wait on it; runs restart at 0). */
  wavesSeen: number;
  /** The lessons menu is open. */
  menuOpen: boolean;
  /** Presenter mode: large type, high contrast, slow motion, the pointer highlighted. */
  presenter: boolean;
  open: (lesson: Lesson, origin: LessonOrigin, stepIndex?: number) => void;
  close: () => void;
  setStep: (stepIndex: number) => void;
  setBusy: (busy: boolean, actionError?: string) => void;
  setHighlight: (highlight: Highlight) => void;
  showHint: () => void;
  recordEvent: (event: LessonEvent) => void;
  recordTableWrite: (write: TableWrite) => void;
  setMenuOpen: (open: boolean) => void;
  setPresenter: (on: boolean) => void;
}

export const useLessons = create<LessonState>()((set, get) => ({
  lesson: null,
  origin: "builtin",
  stepIndex: 0,
  busy: false,
  highlight: NO_HIGHLIGHT,
  hintsShown: 0,
  lifecycle: [],
  tableWrites: [],
  menuOpen: false,
  presenter: false,
  wavesSeen: 0,
  actionsDone: null,
  open: (lesson, origin, stepIndex = 0) =>
    set({
      lesson,
      origin,
      stepIndex: Math.max(0, Math.min(stepIndex, lesson.steps.length)),
      busy: false,
      actionError: undefined,
      highlight: NO_HIGHLIGHT,
      hintsShown: 0,
      lifecycle: [],
      tableWrites: [],
      menuOpen: false,
    }),
  close: () => set({ lesson: null, highlight: NO_HIGHLIGHT, busy: false, actionError: undefined }),
  setStep: (stepIndex) => {
    const lesson = get().lesson;
    if (!lesson) return;
    set({
      stepIndex: Math.max(0, Math.min(stepIndex, lesson.steps.length)),
      highlight: NO_HIGHLIGHT,
      actionError: undefined,
    });
  },
  setBusy: (busy, actionError) => set({ busy, actionError }),
  setHighlight: (highlight) => set({ highlight }),
  showHint: () => set({ hintsShown: get().hintsShown + 1 }),
  recordEvent: (event) => set({ lifecycle: [...get().lifecycle, event].slice(-20) }),
  recordTableWrite: (write) => set({ tableWrites: [...get().tableWrites, write].slice(-200) }),
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  setPresenter: (presenter) => set({ presenter }),
}));
