// Collects worker messages and hands them over once per animation frame, so the store (and React) update
// at most once a frame however many messages arrive: never per message, never per record.

export type FrameScheduler = (flush: () => void) => void;

/** requestAnimationFrame when there is a page; a 16 ms timer elsewhere (Node tests, hidden tabs). */
export const animationFrameScheduler: FrameScheduler = (flush) => {
  if (typeof requestAnimationFrame === "function" && typeof document !== "undefined" && !document.hidden) {
    requestAnimationFrame(() => flush());
  } else {
    setTimeout(flush, 16);
  }
};

export interface FrameBatcher<T> {
  push(item: T): void;
  /** Delivers what is queued now (e.g. before a test assertion or on stop). */
  flushNow(): void;
}

export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  schedule: FrameScheduler = animationFrameScheduler,
): FrameBatcher<T> {
  let queue: T[] = [];
  let scheduled = false;
  const flushNow = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    deliver(items);
  };
  return {
    push(item) {
      queue.push(item);
      if (!scheduled) {
        scheduled = true;
        schedule(flushNow);
      }
    },
    flushNow,
  };
}
