// The block interval field's text, parsed and explained (pure, so it is tested without a DOM).
import { t } from "../../i18n/useT";
import type { Parsed } from "./fields/parse";

/** The largest block interval the document schema accepts (an hour, as the batch interval). */
export const MAX_BLOCK_INTERVAL_MS = 3_600_000;

export function parseBlockInterval(text: string): Parsed<number> {
  if (text.trim() === "") return { ok: false, error: t("inspector.blockRequired") };
  const ms = Number(text);
  if (!Number.isFinite(ms) || !Number.isInteger(ms) || ms <= 0)
    return { ok: false, error: t("inspector.blockWhole") };
  if (ms > MAX_BLOCK_INTERVAL_MS)
    return { ok: false, error: t("inspector.blockMax", { max: MAX_BLOCK_INTERVAL_MS }) };
  return { ok: true, value: ms };
}

/** Spark's rule, with this pipeline's figures: "1000 ms / 200 ms = 5 partitions per batch per receiver". */
export function partitionsRule(batchIntervalMs: number, blockIntervalMs: number): string {
  const blocks = Math.max(1, Math.floor(batchIntervalMs / blockIntervalMs));
  const approx = batchIntervalMs % blockIntervalMs === 0 ? "=" : "≈";
  return t("inspector.blockRule", { batch: batchIntervalMs, block: blockIntervalMs, approx, count: blocks });
}
