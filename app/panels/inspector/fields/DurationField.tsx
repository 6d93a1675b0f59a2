// A duration, stored in ms, edited in seconds and shown as a multiple of the batch interval (Spark
// requires windows and slides to be multiples of it).

import { useCallback } from "react";
import { useT } from "../../../i18n/useT";
import { useStudio } from "../../../store";
import type { FieldProps } from "./fieldTypes";
import { parseSeconds } from "./parse";
import { useDraft } from "./useDraft";

const format = (v: unknown) => (typeof v === "number" ? String(v / 1000) : "");

export function DurationField({ id, spec, value, onChange, issue }: FieldProps) {
  const t = useT();
  const batchMs = useStudio((s) => s.doc.batchIntervalMs);
  const p = spec.param as { multipleOfBatch?: boolean; allowEmpty?: boolean };
  const parse = useCallback(
    (text: string) => parseSeconds(text, !!(p.allowEmpty || spec.optional)),
    [p.allowEmpty, spec.optional],
  );
  const { text, error, edit } = useDraft<unknown>(value, format, parse, onChange);
  const multiple = typeof value === "number" ? value / batchMs : null;
  const misaligned = p.multipleOfBatch && multiple !== null && !Number.isInteger(multiple);

  return (
    <>
      <div className="input-row">
        <input
          id={id}
          type="number"
          value={text}
          min={0}
          step={batchMs / 1000}
          aria-invalid={error || misaligned ? true : undefined}
          onChange={(e) => edit(e.target.value)}
        />
        <span className="unit">{t("toolbar.run.seconds")}</span>
        {multiple !== null && (
          <span className={`chip${misaligned ? " is-error" : ""}`} title={t("inspector.inBatches")}>
            {t("inspector.timesBatch", { multiple: misaligned ? multiple.toFixed(2) : multiple })}
          </span>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
      {/* The validator's issue (shown under the field) already says it, in Spark's words: say it once. */}
      {!error && misaligned && !issue && (
        <p className="field-error">{t("inspector.mustBeMultiple", { seconds: batchMs / 1000 })}</p>
      )}
    </>
  );
}
