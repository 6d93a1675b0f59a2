// Time is injected: the engine reads time only through a Clock. This module is the only place that touches
// Date.now / setTimeout / performance.now (SystemClock and `now()` for measuring compute time).

export interface Clock {
  getTimeMillis(): number;
  /** Resolve once the clock reaches `timeMs` (or when waits are cancelled). */
  waitTillTime(timeMs: number): Promise<void>;
  /** Wake every pending wait (used by stop()). */
  cancelWaits(): void;
}

/** Tests and stepping: time moves only when told (Spark's ManualClock). */
export class ManualClock implements Clock {
  private waiters: { timeMs: number; resolve: () => void }[] = [];

  constructor(private time = 0) {}

  getTimeMillis(): number {
    return this.time;
  }

  setTime(timeMs: number): void {
    this.time = timeMs;
    this.wake(false);
  }

  advance(ms: number): void {
    this.setTime(this.time + ms);
  }

  waitTillTime(timeMs: number): Promise<void> {
    if (this.time >= timeMs) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ timeMs, resolve }));
  }

  cancelWaits(): void {
    this.wake(true);
  }

  private wake(all: boolean): void {
    const ready = this.waiters.filter((w) => all || w.timeMs <= this.time);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}

/** Live runs: wall-clock time. */
export class SystemClock implements Clock {
  private timers = new Set<{ id: ReturnType<typeof setTimeout>; resolve: () => void }>();

  getTimeMillis(): number {
    return Date.now();
  }

  waitTillTime(timeMs: number): Promise<void> {
    const delay = timeMs - Date.now();
    if (delay <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = {
        id: setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, delay),
        resolve,
      };
      this.timers.add(timer);
    });
  }

  cancelWaits(): void {
    for (const t of this.timers) {
      clearTimeout(t.id);
      t.resolve();
    }
    this.timers.clear();
  }
}

/** A monotonic high-resolution timestamp (ms) for measuring how long the engine really computed. */
export const now = (): number => globalThis.performance.now();

/**
 * Let other tasks (worker messages, timers) run between batches: setImmediate in Node, a MessageChannel
 * turn in workers and browsers (setTimeout(0) is clamped to >= 1-4 ms, too slow between fast batches).
 */
export const yieldToEventLoop = (): Promise<void> => {
  const g = globalThis as { setImmediate?: (f: () => void) => void };
  if (typeof g.setImmediate === "function") return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
};
