// The most records one input stream may produce for one batch. Everything downstream of a batch (every
// operator, the node observer, the print and file sinks) is linear or worse in its size, so this one
// bound keeps a batch's work finite. 2,000,000 is about a second of work for a short pipeline on a
// laptop (the UI benchmark's 1M records/s at 1 s batches fits twice) and a few hundred MB of records.
export const MAX_RECORDS_PER_BATCH = 2_000_000;

/** Thrown by a source whose batch would exceed MAX_RECORDS_PER_BATCH (the compiler names the node). */
export class BatchTooLargeError extends Error {
  constructor(
    readonly records: number,
    readonly valuesPerRecord = 1,
  ) {
    const n = (x: number) => Math.round(x).toLocaleString("en-US");
    const what =
      valuesPerRecord > 1
        ? `${n(records)} records of ${n(valuesPerRecord)} values (${n(records * valuesPerRecord)})`
        : `${n(records)} records`;
    super(
      `this batch is too large: ${what}, more than the limit of ${n(MAX_RECORDS_PER_BATCH)} per batch; lower the rate or the batch interval`,
    );
    this.name = "BatchTooLargeError";
  }
}

/** `valuesPerRecord`: a record that costs several (a line of many words) counts as that many. */
export function checkBatchSize(records: number, valuesPerRecord = 1): void {
  if (!(records * valuesPerRecord <= MAX_RECORDS_PER_BATCH))
    throw new BatchTooLargeError(records, valuesPerRecord);
}
