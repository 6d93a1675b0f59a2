// Run / Pause / Step / Stop, the speed and the batch interval. Each button is enabled exactly when the
// run lifecycle accepts its event, so a button never does nothing.
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { isRunStarted } from "../store/run/isRunStarted";
import { canDo } from "../store/run/lifecycle/runLifecycle";
import { SPEED_OPTIONS } from "../store/run/liveControlsSlice";
import { pipelineModeOf } from "../structured/mode";
import { Icon } from "../widgets/Icon";
import { BatchIntervalInput } from "./BatchIntervalInput";

export function RunControls() {
  const t = useT();
  const runState = useStudio((s) => s.runState);
  const lifecycle = useStudio((s) => s.lifecycle);
  const speed = useStudio((s) => s.speed);
  const structured = useStudio((s) => pipelineModeOf(s.doc) === "structured");
  const locked = useStudio(isRunStarted);
  const { run, pause, step, stop, setSpeed } = useStudio.getState();

  return (
    <fieldset className="toolbar-group run-controls" aria-label={t("toolbar.run.controls")}>
      <button
        type="button"
        className="btn btn-run"
        onClick={run}
        disabled={!canDo(lifecycle, "run")}
        title={t("toolbar.run.runTitle")}
      >
        <Icon name="play" size={16} />
        <span className="btn-label">{t("toolbar.run.run")}</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={pause}
        disabled={!canDo(lifecycle, "pause")}
        title={t("toolbar.run.pauseTitle")}
      >
        <Icon name="pause" size={16} />
        <span className="btn-label">{t("toolbar.run.pause")}</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={step}
        disabled={!canDo(lifecycle, "step")}
        title={t("toolbar.run.stepTitle")}
      >
        <Icon name="step" size={16} />
        <span className="btn-label">{t("toolbar.run.step")}</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={stop}
        disabled={!canDo(lifecycle, "stop")}
        title={t("toolbar.run.stopTitle")}
      >
        <Icon name="stop" size={16} />
        <span className="btn-label">{t("toolbar.run.stop")}</span>
      </button>
      <label className="toolbar-field" title={t("toolbar.run.speedTitle")}>
        <select
          aria-label={t("toolbar.run.speed")}
          value={String(speed)}
          onChange={(e) => setSpeed(e.target.value === "max" ? "max" : Number(e.target.value))}
        >
          {SPEED_OPTIONS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {s === "max" ? t("toolbar.run.speedMax") : `${s}×`}
            </option>
          ))}
        </select>
      </label>
      {/* A structured query's trigger is its writeStream node's: no batch interval to set. */}
      {!structured && <BatchIntervalInput locked={locked} />}
      <span className={`run-state is-${runState}`} data-testid="run-state" data-state={runState}>
        {t(`toolbar.state.${runState}`)}
      </span>
    </fieldset>
  );
}
