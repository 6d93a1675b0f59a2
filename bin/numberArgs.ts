// Strict numbers for command-line options: decimal digits only, so "0x10", "1e9", "1.0", " 5" and "-1"
// are mistakes the user is told about rather than values Number() quietly accepts.
import { UsageError } from "./usageError";

/** The most batches one `run` computes: a bound on a command's work (about a day of 1 s batches). */
export const MAX_BATCHES = 100_000;

/** `--name N`: a whole number from 1 to `max`, written in decimal. */
export function positiveInteger(name: string, text: string, max: number): number {
  const n = /^[1-9][0-9]*$/.test(text) ? Number(text) : Number.NaN;
  if (!(n <= max))
    throw new UsageError(
      `--${name} must be a whole number from 1 to ${max} in decimal digits, got "${text}"`,
    );
  return n;
}

/** `--name S`: a whole number, possibly negative, written in decimal, within the safe integers. */
export function decimalInteger(name: string, text: string): number {
  const n = /^-?(0|[1-9][0-9]*)$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n))
    throw new UsageError(
      `--${name} must be a whole number in decimal digits (at most ${Number.MAX_SAFE_INTEGER} either way), got "${text}"`,
    );
  return n;
}

/**
 * `--batches -1` as `--batches=-1`: node's parseArgs reads a value starting with "-" as an option and
 * reports it as "ambiguous"; joined, the value reaches the number check, which says what is wrong.
 */
export function joinNegativeValues(argv: readonly string[], options: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (options.includes(argv[i]) && value !== undefined && /^-[0-9.]/.test(value)) {
      out.push(`${argv[i]}=${value}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}
