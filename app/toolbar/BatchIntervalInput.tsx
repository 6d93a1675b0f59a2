// The batch interval in seconds; fixed while a streaming context runs, as in Spark.
import { useEffect, useState } from "react";
import { useStudio } from "../store";

export function BatchIntervalInput({ locked }: { locked: boolean }) {
  const ms = useStudio((s) => s.doc.batchIntervalMs);
  const setBatchInterval = useStudio((s) => s.setBatchInterval);
  const [text, setText] = useState(String(ms / 1000));
  useEffect(() => setText((t) => (Number(t) * 1000 === ms ? t : String(ms / 1000))), [ms]);

  return (
    <label
      className="toolbar-field"
      title={
        locked
          ? "Stop the run to change the batch interval (Spark fixes it when the context starts)."
          : "Batch interval in seconds"
      }
    >
      <span className="field-label">Batch</span>
      <input
        aria-label="Batch interval"
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
      <span className="unit">s</span>
    </label>
  );
}
