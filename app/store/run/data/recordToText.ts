// One record as a line of text, the way Spark's saveAsTextFiles writes it (also the Outputs and Records views).
/** saveAsTextFiles writes each record's toString(); pairs print as Spark's tuples `(k,v)`. */
export function recordToText(record: unknown): string {
  if (Array.isArray(record) && record.length === 2)
    return `(${recordToText(record[0])},${recordToText(record[1])})`;
  if (typeof record === "string") return record;
  if (record !== null && typeof record === "object") return JSON.stringify(record);
  return String(record);
}
