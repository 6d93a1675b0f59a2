// Run / Pause / Step / Stop, the speed and the batch interval. Each button is enabled exactly when the
// run lifecycle accepts its event, so a button never does nothing.
import { useStudio } from "../store";
import { isRunStarted } from "../store/run/isRunStarted";
import { canDo } from "../store/run/lifecycle/runLifecycle";
import { SPEED_OPTIONS, type Speed } from "../store/run/liveControlsSlice";
import { pipelineModeOf } from "../structured/mode";
import { Icon } from "../widgets/Icon";
import { BatchIntervalInput } from "./BatchIntervalInput";

const speedLabel = (s: Speed) => (s === "max" ? "max" : `${s}×`);

export function RunControls() {
  const runState = useStudio((s) => s.runState);
  const lifecycle = useStudio((s) => s.lifecycle);
  const speed = useStudio((s) => s.speed);
  const structured = useStudio((s) => pipelineModeOf(s.doc) === "structured");
  const locked = useStudio(isRunStarted);
  const { run, pause, step, stop, setSpeed } = useStudio.getState();

  return (
    <fieldset className="toolbar-group run-controls" aria-label="Run controls">
      <button
        type="button"
        className="btn btn-run"
        onClick={run}
        disabled={!canDo(lifecycle, "run")}
        title="Start or resume the streaming context"
      >
        <Icon name="play" size={16} />
        <span className="btn-label">Run</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={pause}
        disabled={!canDo(lifecycle, "pause")}
        title="Pause after the batch in progress"
      >
        <Icon name="pause" size={16} />
        <span className="btn-label">Pause</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={step}
        disabled={!canDo(lifecycle, "step")}
        title="Run exactly one batch"
      >
        <Icon name="step" size={16} />
        <span className="btn-label">Step</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={stop}
        disabled={!canDo(lifecycle, "stop")}
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
      {/* A structured query's trigger is its writeStream node's: no batch interval to set. */}
      {!structured && <BatchIntervalInput locked={locked} />}
      <span className={`run-state is-${runState}`} data-testid="run-state">
        {runState}
      </span>
    </fieldset>
  );
}
