// Numbers with bounds and a unit, and integer seeds with a dice button.

import { useCallback } from "react";
import { useT } from "../../../i18n/useT";
import { Icon } from "../../../widgets/Icon";
import type { FieldProps } from "./fieldTypes";
import { type NumberSpec, parseNumber } from "./parse";
import { useDraft } from "./useDraft";

const format = (v: unknown) => (typeof v === "number" ? String(v) : "");

export function NumberField({ id, spec, value, onChange, dice }: FieldProps & { dice?: boolean }) {
  const t = useT();
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
            title={t("inspector.newSeed")}
            aria-label={t("inspector.randomSeed", { label: spec.label })}
            onClick={() => edit(String(Math.floor(Math.random() * 2 ** 31)))}
          >
            <Icon name="dice" size={16} />
          </button>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
