// Text-to-value parsing for inspector fields: only valid values reach the store; the message says why not.
import { t } from "../../../i18n/useT";
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export type NumberSpec = { min?: number; max?: number; step?: number; integer?: boolean; unit?: string };

export function parseNumber(text: string, spec: NumberSpec, optional: boolean) {
  if (text.trim() === "")
    return optional
      ? { ok: true as const, value: null }
      : { ok: false as const, error: t("notices.field.numberRequired") };
  const n = Number(text);
  if (!Number.isFinite(n)) return { ok: false as const, error: t("notices.field.notANumber", { text }) };
  if (spec.integer && !Number.isInteger(n))
    return { ok: false as const, error: t("notices.field.wholeNumber") };
  if (spec.min !== undefined && n < spec.min)
    return { ok: false as const, error: t("notices.field.atLeast", { min: spec.min }) };
  if (spec.max !== undefined && n > spec.max)
    return { ok: false as const, error: t("notices.field.atMost", { max: spec.max }) };
  return { ok: true as const, value: n };
}

/** Seconds as typed, to milliseconds. */
export function parseSeconds(text: string, allowEmpty: boolean): Parsed<number | null> {
  if (text.trim() === "")
    return allowEmpty ? { ok: true, value: null } : { ok: false, error: t("notices.field.durationRequired") };
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    return { ok: false, error: t("notices.field.positiveSeconds") };
  return { ok: true, value: Math.round(seconds * 1000) };
}

export function parseJson(text: string, optional: boolean): Parsed<unknown> {
  if (text.trim() === "")
    return optional ? { ok: true, value: null } : { ok: false, error: t("notices.field.jsonRequired") };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: t("notices.field.invalidJson", { message: (e as Error).message }) };
  }
}
