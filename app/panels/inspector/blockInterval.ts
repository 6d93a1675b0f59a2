// The block interval field's text, parsed and explained (pure, so it is tested without a DOM).
import type { Parsed } from "./fields/parse";

/** The largest block interval the document schema accepts (an hour, as the batch interval). */
export const MAX_BLOCK_INTERVAL_MS = 3_600_000;

export function parseBlockInterval(text: string): Parsed<number> {
  if (text.trim() === "")
    return { ok: false, error: "A block interval is required (Spark's default is 200 ms)." };
  const ms = Number(text);
  if (!Number.isFinite(ms) || !Number.isInteger(ms) || ms <= 0)
    return { ok: false, error: "Must be a positive whole number of milliseconds." };
  if (ms > MAX_BLOCK_INTERVAL_MS) return { ok: false, error: `Must be at most ${MAX_BLOCK_INTERVAL_MS} ms.` };
  return { ok: true, value: ms };
}

/** Spark's rule, with this pipeline's figures: "1000 ms / 200 ms = 5 partitions per batch per receiver". */
export function partitionsRule(batchIntervalMs: number, blockIntervalMs: number): string {
  const blocks = Math.max(1, Math.floor(batchIntervalMs / blockIntervalMs));
  const approx = batchIntervalMs % blockIntervalMs === 0 ? "=" : "≈";
  return `${batchIntervalMs} ms / ${blockIntervalMs} ms ${approx} ${blocks} partition${blocks === 1 ? "" : "s"} per batch per receiver`;
}
