// The batch interval (StreamingContext's batchDuration) in seconds. Fixed while a run is on, as in Spark,
// so the field is locked then and always shows the document's value.

import { useCallback } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { isRunStarted } from "../../store/run/isRunStarted";
import { type Parsed, parseNumber } from "./fields/parse";
import { useDraft } from "./fields/useDraft";

const SPEC = { min: 0.1, max: 600 } as const;
const format = (seconds: number) => String(seconds);

export function BatchIntervalField() {
  const t = useT();
  const seconds = useStudio((s) => s.doc.batchIntervalMs / 1000);
  const locked = useStudio(isRunStarted);
  const parse = useCallback(
    (text: string): Parsed<number> => {
      const parsed = parseNumber(text, SPEC, false);
      return parsed.ok && parsed.value === null
        ? { ok: false, error: t("inspector.numberRequired") }
        : (parsed as Parsed<number>);
    },
    [t],
  );
  const { text, error, edit } = useDraft<number>(seconds, format, parse, (v) => {
    const ms = Math.round(v * 1000);
    const { setBatchInterval } = useStudio.getState();
    setBatchInterval(ms);
    // Refused (a run started meanwhile): the draft goes back to the document's value.
    return useStudio.getState().doc.batchIntervalMs === ms;
  });

  return (
    <div className="field">
      <label className="field-label" htmlFor="setting-batchInterval">
        {t("inspector.batchInterval")}
      </label>
      <div className="input-row">
        <input
          id="setting-batchInterval"
          type="number"
          inputMode="decimal"
          min={SPEC.min}
          max={SPEC.max}
          step="any"
          value={locked ? format(seconds) : text}
          disabled={locked}
          aria-invalid={error && !locked ? true : undefined}
          aria-describedby="setting-batchInterval-help"
          onChange={(e) => edit(e.target.value)}
        />
        <span className="unit">{t("toolbar.run.seconds")}</span>
      </div>
      {error && !locked && <p className="field-error">{error}</p>}
      <p className="field-help" id="setting-batchInterval-help">
        {locked ? t("inspector.batchLocked") : t("inspector.batchHelp")}
      </p>
    </div>
  );
}
