// The side-by-side view: two pipelines over the same seeded input, stepped together, with the one
// sentence that says what differs. Both run in workers of their own, ended when the view closes.
import { Dialog } from "../../dialogs/Dialog";
import { pipelineModeOf } from "../mode";
import { CompareSide } from "./CompareSide";
import { compareStrings as S } from "./compareStrings";
import type { Comparison } from "./comparison";
import { useCompareRunner } from "./useCompareRunner";
import "./compare.css";
import { useT } from "../../i18n/useT";

export function CompareView({ comparison, onClose }: { comparison: Comparison; onClose: () => void }) {
  // Redraw on a language change (the words are read from the catalog).
  useT();
  const { sides, phase, error, step, run, pause, restart } = useCompareRunner(comparison);
  const busy = phase === "loading" || phase === "stepping";
  return (
    <Dialog title={S.dialogTitle(comparison.title)} onClose={onClose} wide>
      <div className="compare-view" data-testid="compare-view" data-phase={phase}>
        <p className="compare-explanation" data-testid="compare-explanation">
          {comparison.explanation}
        </p>
        <div className="compare-controls">
          <button
            type="button"
            className="btn btn-primary"
            onClick={step}
            disabled={busy || phase === "running" || phase === "failed"}
          >
            {S.step}
          </button>
          {phase === "running" ? (
            <button type="button" className="btn" onClick={pause}>
              {S.pause}
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => run()} disabled={busy || phase === "failed"}>
              {S.run}
            </button>
          )}
          <button type="button" className="btn" onClick={restart}>
            {S.restart}
          </button>
          <span className="muted" data-testid="compare-steps">
            {phase === "loading"
              ? S.loading
              : S.steps(Math.min(sides?.[0].steps ?? 0, sides?.[1].steps ?? 0))}
          </span>
        </div>
        {error && (
          <p className="issue-box is-error" role="alert">
            {S.failed(error)}
          </p>
        )}
        <div className="compare-sides">
          {sides &&
            comparison.sides.map((side, i) => (
              <CompareSide
                key={side.label}
                index={i}
                side={side}
                state={sides[i]}
                structured={pipelineModeOf(side.doc) === "structured"}
                focus={comparison.focus}
              />
            ))}
        </div>
      </div>
    </Dialog>
  );
}
