// The batch interval in seconds; fixed while a streaming context runs, as in Spark.

import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";

export function BatchIntervalInput({ locked }: { locked: boolean }) {
  const t = useT();
  const ms = useStudio((s) => s.doc.batchIntervalMs);
  const setBatchInterval = useStudio((s) => s.setBatchInterval);
  const [text, setText] = useState(String(ms / 1000));
  useEffect(() => setText((t) => (Number(t) * 1000 === ms ? t : String(ms / 1000))), [ms]);

  return (
    <label
      className="toolbar-field"
      title={locked ? t("toolbar.run.batchIntervalLocked") : t("toolbar.run.batchIntervalTitle")}
    >
      <span className="field-label">{t("toolbar.run.batch")}</span>
      <input
        aria-label={t("toolbar.run.batchInterval")}
        type="number"
        min={0.1}
        step={0.5}
        value={text}
        disabled={locked}
        onChange={(e) => {
          setText(e.target.value);
          const seconds = Number(e.target.value);
          if (e.target.value !== "" && Number.isFinite(seconds) && seconds >= 0.1)
            setBatchInterval(Math.round(seconds * 1000));
        }}
      />
      <span className="unit">{t("toolbar.run.seconds")}</span>
    </label>
  );
}
