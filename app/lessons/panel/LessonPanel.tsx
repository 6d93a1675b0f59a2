// The lesson's side panel: the step's short text, what the student is to do, the step's tools, and
// Back/Next; the challenge with its checks and hints at the end.
import { useCallback, useState } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { lessonHash } from "../lessonLinks";
import { useLessons } from "../lessonStore";
import { useLocalized } from "../localized";
import { allHold, useLessonWorld, useStepActions } from "../player/useStepDriver";
import { ApiTable } from "./ApiTable";
import { ChallengeView } from "./ChallengeView";
import { FaultsTool } from "./FaultsTool";
import { FirstAnswers } from "./FirstAnswers";
import { LifecycleTools } from "./LifecycleTools";
import { SinkWritesTool } from "./SinkWrites";
import { StateWorkTool } from "./StateWork";
import { useNextKey } from "./useNextKey";
import "../../i18n/later/lessons";

export function LessonPanel() {
  const t = useT();
  const text = useLocalized();
  const lesson = useLessons((s) => s.lesson);
  const origin = useLessons((s) => s.origin);
  const stepIndex = useLessons((s) => s.stepIndex);
  const busy = useLessons((s) => s.busy);
  const actionError = useLessons((s) => s.actionError);
  const [visit, setVisit] = useState(0);
  useStepActions(visit);
  const world = useLessonWorld();
  const waves = useLessons((s) => s.wavesSeen);
  const actionsDone = useLessons((s) => s.actionsDone);
  const onChallenge = lesson !== null && stepIndex >= lesson.steps.length;
  const step = lesson && !onChallenge ? lesson.steps[stepIndex] : undefined;
  const waiting = step?.waitFor !== undefined && !allHold(step.waitFor, world);
  const canNext = !busy && !waiting && !onChallenge;

  const go = useCallback((i: number) => {
    useLessons.getState().setStep(i);
    setVisit((v) => v + 1);
  }, []);
  useNextKey(canNext, () => go(stepIndex + 1));

  const copyLink = (challenge: boolean) => {
    if (!lesson) return;
    const url = `${window.location.origin}${window.location.pathname}${lessonHash(lesson, origin, challenge)}`;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    useStudio
      .getState()
      .showToast(t("lessons.linkCopied", { url: url.length > 90 ? `${url.slice(0, 87)}…` : url }), "info");
  };

  if (!lesson) return null;
  const tools = (onChallenge ? lesson.challenge.tools : step?.tools) ?? [];
  return (
    <aside
      className="lesson-panel"
      aria-label={text(lesson.title)}
      data-testid="lesson-panel"
      data-step={stepIndex}
      data-waves={waves}
      data-settled={!busy && actionsDone === `${lesson.id}:${stepIndex}:${visit}`}
    >
      <header className="lesson-header">
        <div>
          {lesson.number !== undefined && (
            <div className="lesson-kicker">{t("lessons.lessonNumber", { number: lesson.number })}</div>
          )}
          <h3 data-testid="lesson-title">{text(lesson.title)}</h3>
        </div>
        <button
          type="button"
          className="btn btn-icon"
          aria-label={t("lessons.closeLesson")}
          title={t("lessons.closeLesson")}
          onClick={() => useLessons.getState().close()}
        >
          ×
        </button>
      </header>
      <div className="lesson-progress" data-testid="lesson-progress">
        {onChallenge
          ? t("lessons.challenge")
          : t("lessons.step", { n: stepIndex + 1, total: lesson.steps.length })}
        <progress max={lesson.steps.length} value={Math.min(stepIndex, lesson.steps.length)} />
      </div>
      <div className="lesson-body">
        {step && (
          <>
            {step.title && <h4 className="lesson-step-title">{text(step.title)}</h4>}
            <p className="lesson-text" data-testid="lesson-text">
              {text(step.text)}
            </p>
            {busy && (
              <p className="lesson-status" role="status" data-testid="lesson-busy">
                {t("lessons.working")}
              </p>
            )}
            {!busy && waiting && step.task && (
              <p className="lesson-task" data-testid="lesson-task">
                <strong>{t("lessons.waiting")}</strong> {text(step.task)}
              </p>
            )}
            {!busy && step.waitFor && !waiting && (
              <p className="lesson-done" data-testid="lesson-step-done">
                ✓ {t("lessons.stepDone")}
              </p>
            )}
          </>
        )}
        {actionError && (
          <p className="issue-box is-error" role="alert" data-testid="lesson-action-error">
            {t("lessons.actionFailed", { message: actionError })}
          </p>
        )}
        {tools.includes("lifecycle") && <LifecycleTools />}
        {tools.includes("answers") && <FirstAnswers />}
        {tools.includes("stateWork") && <StateWorkTool />}
        {tools.includes("apiTable") && <ApiTable />}
        {tools.includes("sinkWrites") && <SinkWritesTool />}
        {tools.includes("faults") && <FaultsTool />}
        {onChallenge && <ChallengeView challenge={lesson.challenge} world={world} />}
      </div>
      <footer className="lesson-footer">
        <button
          type="button"
          className="btn"
          disabled={stepIndex === 0 || busy}
          onClick={() => go(stepIndex - 1)}
        >
          {t("lessons.back")}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          title={t("lessons.restartStep")}
          aria-label={t("lessons.restartStep")}
          onClick={() => setVisit((v) => v + 1)}
        >
          ↻
        </button>
        {!onChallenge ? (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="lesson-next"
            disabled={!canNext}
            title={t("lessons.nextKey")}
            onClick={() => go(stepIndex + 1)}
          >
            {stepIndex + 1 === lesson.steps.length ? t("lessons.challenge") : t("lessons.next")}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => useLessons.getState().close()}>
            {t("lessons.finish")}
          </button>
        )}
      </footer>
      <div className="lesson-share">
        <button type="button" className="btn btn-link" onClick={() => copyLink(false)}>
          {t("lessons.shareLesson")}
        </button>
        <button type="button" className="btn btn-link" onClick={() => copyLink(true)}>
          {t("lessons.shareChallenge")}
        </button>
      </div>
    </aside>
  );
}
