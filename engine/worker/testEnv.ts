// A manual-time HostEnv for EngineHost tests (never imported by production code).
import type { FromWorker } from "../protocol/messages";
import { unbundle, type WireFromWorker } from "../protocol/wire";
import type { HostEnv } from "./EngineHost";

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

export class FakeEnv implements HostEnv {
  time = 0;
  private nextId = 1;
  private timers: Timer[] = [];
  readonly wire: WireFromWorker[] = [];

  post(message: WireFromWorker): void {
    this.wire.push(message);
  }
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    // Like browsers, a zero delay still takes a little time, so "max" speed cannot stall the clock.
    this.timers.push({ id, at: this.time + Math.max(1, ms), fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward, firing due timers in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      await new Promise((r) => setImmediate(r));
    }
    this.time = end;
  }

  /** Every message so far, bundles flattened; heartbeats left out unless asked. */
  messages(withHeartbeats = false): FromWorker[] {
    return this.wire.flatMap(unbundle).filter((m) => withHeartbeats || m.type !== "heartbeat");
  }

  ofType<T extends FromWorker["type"]>(type: T): Extract<FromWorker, { type: T }>[] {
    return this.messages(true).filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  }
}
