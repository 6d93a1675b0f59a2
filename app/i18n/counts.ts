// "3 records" / "레코드 3개": a count with its noun in the UI's language (plural rules from i18next).
import { t } from "./useT";

export type CountNoun =
  | "record"
  | "partition"
  | "batch"
  | "key"
  | "node"
  | "error"
  | "warning"
  | "block"
  | "stage"
  | "row";

export function countText(n: number, noun: CountNoun, format: (n: number) => string = String): string {
  return t(`units.${noun}`, { count: n, n: format(n) });
}
