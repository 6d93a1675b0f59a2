// Records printed as Scala prints them: tuples (JS arrays) as "(a,1)", None (undefined) as "None",
// objects as JSON, strings bare. Used by print() and saveAsTextFiles().
export function formatRecord(record: unknown): string {
  if (record === undefined) return "None";
  if (record === null) return "null";
  if (Array.isArray(record)) return `(${record.map(formatRecord).join(",")})`;
  if (typeof record === "object") return JSON.stringify(record);
  return String(record);
}
