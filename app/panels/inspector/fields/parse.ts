// Text-to-value parsing for inspector fields: only valid values reach the store; the message says why not.
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export type NumberSpec = { min?: number; max?: number; step?: number; integer?: boolean; unit?: string };

export function parseNumber(text: string, spec: NumberSpec, optional: boolean) {
  if (text.trim() === "")
    return optional
      ? { ok: true as const, value: null }
      : { ok: false as const, error: "A number is required." };
  const n = Number(text);
  if (!Number.isFinite(n)) return { ok: false as const, error: `"${text}" is not a number.` };
  if (spec.integer && !Number.isInteger(n)) return { ok: false as const, error: "Must be a whole number." };
  if (spec.min !== undefined && n < spec.min)
    return { ok: false as const, error: `Must be at least ${spec.min}.` };
  if (spec.max !== undefined && n > spec.max)
    return { ok: false as const, error: `Must be at most ${spec.max}.` };
  return { ok: true as const, value: n };
}

/** Seconds as typed, to milliseconds. */
export function parseSeconds(text: string, allowEmpty: boolean): Parsed<number | null> {
  if (text.trim() === "")
    return allowEmpty ? { ok: true, value: null } : { ok: false, error: "A duration is required." };
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    return { ok: false, error: "Enter a positive number of seconds." };
  return { ok: true, value: Math.round(seconds * 1000) };
}

export function parseJson(text: string, optional: boolean): Parsed<unknown> {
  if (text.trim() === "")
    return optional ? { ok: true, value: null } : { ok: false, error: "JSON is required." };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${(e as Error).message}` };
  }
}
