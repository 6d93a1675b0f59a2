// spark.streaming.blockInterval: how often receivers cut their records into blocks, and so how many
// partitions (tasks) each batch has. Fixed while a run is on, like the batch interval.

import { blockIntervalOf } from "../../../engine/graph";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { isRunStarted } from "../../store/run/isRunStarted";
import { parseBlockInterval, partitionsRule } from "./blockInterval";
import { useDraft } from "./fields/useDraft";

const format = (ms: number) => String(ms);

export function BlockIntervalField() {
  const t = useT();
  const block = useStudio((s) => blockIntervalOf(s.doc));
  const batch = useStudio((s) => s.doc.batchIntervalMs);
  const locked = useStudio(isRunStarted);
  // The validator's warning (longer than the batch, under ~50 ms), shown where it can be fixed.
  const warning = useStudio((s) => s.issues.find((i) => i.param === "blockIntervalMs" && !i.nodeId));
  const { text, error, edit } = useDraft(block, format, parseBlockInterval, (ms) =>
    useStudio.getState().setBlockInterval(ms),
  );

  return (
    <div className="field" title={t("inspector.blockTooltip")}>
      <label className="field-label" htmlFor="setting-blockInterval">
        {t("inspector.blockInterval")}
      </label>
      <div className="input-row">
        <input
          id="setting-blockInterval"
          type="number"
          inputMode="numeric"
          min={1}
          step={50}
          value={text}
          disabled={locked}
          aria-invalid={error ? true : undefined}
          aria-describedby="setting-blockInterval-help"
          onChange={(e) => edit(e.target.value)}
        />
        <span className="unit">ms</span>
      </div>
      {error && <p className="field-error">{error}</p>}
      {!error && warning && <p className={`field-${warning.severity}`}>{warning.message}</p>}
      <p className="field-help" id="setting-blockInterval-help">
        {locked
          ? t("inspector.blockLocked")
          : t("inspector.blockHelp", { rule: partitionsRule(batch, block) })}
      </p>
    </div>
  );
}
