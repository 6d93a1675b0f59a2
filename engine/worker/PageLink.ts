// The worker's side of the wire: queued messages leave as bounded bundles at most every FLUSH_MS,
// heartbeats every HEARTBEAT_MS, and "running node" notices (once per node per batch, budgeted) when
// the page has no shared memory to read the running node from.
import type { FromWorker } from "../protocol/messages";
import type { AnyFromWorker, WireFromWorker } from "../protocol/wire";
import { MessageBundler } from "./MessageBundler";

export interface HostEnv {
  post(message: WireFromWorker): void;
  /** Wall-clock ms (performance.now in the worker, a manual clock in tests). */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const HEARTBEAT_MS = 500;
/** At most this many bundles per second reach the page. */
export const FLUSH_MS = 50;
/** Running-node notices per second when memory is not shared with the page. */
export const ENTER_POSTS_PER_SECOND = 60;
/** Progress heartbeats from inside a batch (at task boundaries): at most one per this many ms. */
export const PROGRESS_MS = 100;

/** What a heartbeat reports. */
export interface HostStatus {
  runningNodeId?: string;
  lastBatchMs: number;
  longestTaskMs: number;
  tasksDone: number;
}

export class PageLink {
  private readonly bundler: MessageBundler;
  private flushTimer: unknown;
  private heartbeatTimer: unknown;
  private noticeWindowStart = Number.NEGATIVE_INFINITY;
  private notices = 0;
  private lastProgressPost = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly env: HostEnv,
    /** What a heartbeat reports: the node running user code, compute times, progress. */
    private readonly status: () => HostStatus,
  ) {
    this.bundler = new MessageBundler((m) => env.post(m));
    this.scheduleHeartbeat();
  }

  /** Queues a message for the next bundle (a structured query's too). */
  push(message: AnyFromWorker): void {
    this.bundler.push(message);
  }

  /** Sends now, after whatever is queued, keeping the order. */
  send(message: AnyFromWorker): void {
    this.bundler.push(message);
    this.flush();
  }

  /** Bypasses the queue (answers that must not wait, e.g. pong). */
  sendDirect(message: FromWorker): void {
    this.env.post(message);
  }

  flush(): void {
    if (this.flushTimer !== undefined) this.env.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.bundler.flush();
  }

  /** Flushes within FLUSH_MS (coalescing what arrives meanwhile). */
  scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = this.env.setTimeout(() => {
      this.flushTimer = undefined;
      this.bundler.flush();
    }, FLUSH_MS);
  }

  noticeRunning(nodeId: string): void {
    const now = this.env.now();
    if (now - this.noticeWindowStart >= 1000) {
      this.noticeWindowStart = now;
      this.notices = 0;
    }
    if (this.notices++ < ENTER_POSTS_PER_SECOND) {
      this.lastProgressPost = now;
      this.env.post({ type: "heartbeat", atMs: now, ...this.status(), runningNodeId: nodeId });
    }
  }

  /**
   * A task boundary inside a batch: the event loop is blocked, so timers cannot beat; post synchronously
   * (the page hears it at once), at most once per PROGRESS_MS.
   */
  progress(): void {
    const now = this.env.now();
    if (now - this.lastProgressPost < PROGRESS_MS) return;
    this.lastProgressPost = now;
    this.env.post({ type: "heartbeat", atMs: now, ...this.status() });
  }

  private scheduleHeartbeat(): void {
    this.heartbeatTimer = this.env.setTimeout(() => {
      this.env.post({ type: "heartbeat", atMs: this.env.now(), ...this.status() });
      this.scheduleHeartbeat();
    }, HEARTBEAT_MS);
  }

  dispose(): void {
    this.flush();
    if (this.heartbeatTimer !== undefined) this.env.clearTimeout(this.heartbeatTimer);
  }
}
