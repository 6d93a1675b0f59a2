// What a real source shows on its node: its connection state, what it received, and its log in Spark's
// words. Plain data: the worker posts it to the page as is.

export type SourceState = "connecting" | "connected" | "reconnecting" | "closed" | "watching" | "failed";

export interface SourceStatus {
  state: SourceState;
  /** What it reads: "tcp://localhost:9999", "ws://localhost:9998", "http://host/sse", "dir logs/". */
  endpoint: string;
  /** Records received since start (all of them went, or will go, into a batch). */
  received: number;
  /** Lines or events dropped: over the line limit, malformed JSON; each is in the log. */
  dropped: number;
  /** The last few records received, newest last (each cut to 200 characters). */
  lastRecords: string[];
  /** The latest problem, in a user's words (unreachable, CORS, closed by the server), until it clears. */
  message?: string;
  /** Spark's receiver log lines, newest last (at most 30). */
  log: string[];
}

export const MAX_LOG_LINES = 30;
export const LAST_RECORDS = 5;
