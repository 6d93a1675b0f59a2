// spark.streaming.blockInterval: how often receivers cut their records into blocks, and so how many
// partitions (tasks) each batch has. Fixed while a run is on, like the batch interval.
import { blockIntervalOf } from "../../../engine/graph";
import { useStudio } from "../../store";
import { isRunStarted } from "../../store/run/isRunStarted";
import { parseBlockInterval, partitionsRule } from "./blockInterval";
import { useDraft } from "./fields/useDraft";

const TOOLTIP =
  "spark.streaming.blockInterval: receivers cut their records into one block per interval, and each block is " +
  "one partition (task) of the batch, so partitions per batch = batch interval / block interval. " +
  "Spark's default is 200 ms; its guide recommends at least about 50 ms.";

const format = (ms: number) => String(ms);

export function BlockIntervalField() {
  const block = useStudio((s) => blockIntervalOf(s.doc));
  const batch = useStudio((s) => s.doc.batchIntervalMs);
  const locked = useStudio(isRunStarted);
  // The validator's warning (longer than the batch, under ~50 ms), shown where it can be fixed.
  const warning = useStudio((s) => s.issues.find((i) => i.param === "blockIntervalMs" && !i.nodeId));
  const { text, error, edit } = useDraft(block, format, parseBlockInterval, (ms) =>
    useStudio.getState().setBlockInterval(ms),
  );

  return (
    <div className="field" title={TOOLTIP}>
      <label className="field-label" htmlFor="setting-blockInterval">
        Block interval
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
          ? "Stop the run to change it (Spark's receivers read it when they start)."
          : `Receivers cut a block (one partition) every interval: ${partitionsRule(batch, block)}.`}
      </p>
    </div>
  );
}
