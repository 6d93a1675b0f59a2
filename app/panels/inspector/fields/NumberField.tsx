// Numbers with bounds and a unit, and integer seeds with a dice button.
import { useCallback } from "react";
import type { FieldProps } from "./fieldTypes";
import { useDraft } from "./useDraft";

type NumberSpec = { min?: number; max?: number; step?: number; integer?: boolean; unit?: string };

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

const format = (v: unknown) => (typeof v === "number" ? String(v) : "");

export function NumberField({ id, spec, value, onChange, dice }: FieldProps & { dice?: boolean }) {
  const p = spec.param as NumberSpec;
  const parse = useCallback(
    (t: string) => parseNumber(t, dice ? { integer: true, min: 0 } : p, !!spec.optional),
    [p, dice, spec.optional],
  );
  const { text, error, edit } = useDraft<unknown>(value, format, parse, onChange);
  return (
    <>
      <div className="input-row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={text}
          min={p.min}
          max={p.max}
          step={p.step ?? (p.integer || dice ? 1 : "any")}
          aria-invalid={error ? true : undefined}
          onChange={(e) => edit(e.target.value)}
        />
        {p.unit && <span className="unit">{p.unit}</span>}
        {dice && (
          <button
            type="button"
            className="btn btn-icon"
            title="New random seed"
            aria-label={`Random ${spec.label}`}
            onClick={() => edit(String(Math.floor(Math.random() * 2 ** 31)))}
          >
            🎲
          </button>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
