// A row on its way through a query, with the processing time it arrived at (for the event-time plot
// and per-record latency).
import type { Row } from "../sql/evaluate";

export interface Tuple {
  v: Row;
  arrivalMs: number;
}

/** Stable text of a key's values, for state maps (timestamps and windows are numbers / {start,end}). */
export const keyOf = (values: readonly unknown[]): string => JSON.stringify(values);
