// A result cell as Spark's console sink shows it: a window struct as [start, end], numbers as they are.

import { toMs } from "../data/protocol";
import { clockText } from "../plot/clockText";

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "object" && !Array.isArray(value) && "start" in value && "end" in value) {
    const { start, end } = value as { start: string | number; end: string | number };
    const s = toMs(start);
    const e = toMs(end);
    if (s !== undefined && e !== undefined) return `[${clockText(s)}, ${clockText(e)}]`;
  }
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
