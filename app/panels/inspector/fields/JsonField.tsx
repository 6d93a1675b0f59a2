// Arbitrary JSON (static tables, queued batches): edited as text, stored parsed once it is valid.
import { useCallback } from "react";
import { CodeField } from "./CodeField";
import type { FieldProps } from "./fieldTypes";
import { useDraft } from "./useDraft";

const format = (v: unknown) =>
  v === null || v === undefined ? "" : JSON.stringify(v, null, 1).replace(/\n\s*/g, " ");

export function JsonField({ id, spec, value, onChange, issue }: FieldProps) {
  const parse = useCallback(
    (text: string) => {
      if (text.trim() === "")
        return spec.optional
          ? { ok: true as const, value: null }
          : { ok: false as const, error: "JSON is required." };
      try {
        return { ok: true as const, value: JSON.parse(text) as unknown };
      } catch (e) {
        return { ok: false as const, error: `Not valid JSON: ${(e as Error).message}` };
      }
    },
    [spec.optional],
  );
  const { text, error, edit } = useDraft<unknown>(value, format, parse, onChange);
  return (
    <>
      <CodeField
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
