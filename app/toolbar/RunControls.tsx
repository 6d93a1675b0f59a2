// Run / Pause / Step / Stop, the speed and the batch interval: the run slice's actions.
import { useStudio } from "../store";
import { SPEED_OPTIONS, type Speed } from "../store/runSlice.types";
import { BatchIntervalInput } from "./BatchIntervalInput";
import { Icon } from "./Icon";

const speedLabel = (s: Speed) => (s === "max" ? "max" : `${s}×`);

export function RunControls() {
  const runState = useStudio((s) => s.runState);
  const speed = useStudio((s) => s.speed);
  const { run, pause, step, stop, setSpeed } = useStudio.getState();
  const running = runState === "running";
  const active = running || runState === "paused";

  return (
    <fieldset className="toolbar-group run-controls" aria-label="Run controls">
      <button
        type="button"
        className="btn btn-run"
        onClick={run}
        disabled={running}
        title="Start or resume the streaming context"
      >
        <Icon name="play" size={16} />
        <span className="btn-label">Run</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={pause}
        disabled={!running}
        title="Pause after the batch in progress"
      >
        <Icon name="pause" size={16} />
        <span className="btn-label">Pause</span>
      </button>
      <button type="button" className="btn" onClick={step} disabled={running} title="Run exactly one batch">
        <Icon name="step" size={16} />
        <span className="btn-label">Step</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={stop}
        disabled={!active}
        title="Stop the streaming context"
      >
        <Icon name="stop" size={16} />
        <span className="btn-label">Stop</span>
      </button>
      <label className="toolbar-field" title="Simulation speed (multiples of real time)">
        <select
          aria-label="Speed"
          value={String(speed)}
          onChange={(e) => setSpeed(e.target.value === "max" ? "max" : Number(e.target.value))}
        >
          {SPEED_OPTIONS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <BatchIntervalInput locked={active} />
      <span className={`run-state is-${runState}`} data-testid="run-state">
        {runState}
      </span>
    </fieldset>
  );
}
