// Arbitrary JSON (static tables, queued batches): edited as text, stored parsed once it is valid.
import { useCallback } from "react";
import type { FieldProps } from "./fieldTypes";
import { LazyCodeField } from "./LazyCodeField";
import { parseJson } from "./parse";
import { useDraft } from "./useDraft";

const format = (v: unknown) =>
  v === null || v === undefined ? "" : JSON.stringify(v, null, 1).replace(/\n\s*/g, " ");

export function JsonField({ id, spec, value, onChange, issue }: FieldProps) {
  const parse = useCallback((text: string) => parseJson(text, !!spec.optional), [spec.optional]);
  const { text, error, edit } = useDraft<unknown>(value, format, parse, onChange);
  return (
    <>
      <LazyCodeField
        id={id}
        label={spec.label}
        text={text}
        onText={edit}
        issue={error ? { message: error } : issue}
      />
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
