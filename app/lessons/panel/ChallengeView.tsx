// The lesson's last part: the task, each check with a tick as the studio finds it done, and hints on
// request.
import { useT } from "../../i18n/useT";
import { holds, type LessonWorld } from "../conditions";
import { useLessons } from "../lessonStore";
import { useLocalized } from "../localized";
import type { Challenge } from "../schema";
import "../../i18n/later/lessons";

export function ChallengeView({ challenge, world }: { challenge: Challenge; world: LessonWorld }) {
  const t = useT();
  const text = useLocalized();
  const hintsShown = useLessons((s) => s.hintsShown);
  const results = challenge.checks.map((c) => holds(c.condition, world));
  const solved = results.every(Boolean);
  return (
    <section className="lesson-challenge" data-testid="lesson-challenge">
      <p className="lesson-text">{text(challenge.text)}</p>
      <h4>{t("lessons.checks")}</h4>
      <ul className="lesson-checks">
        {challenge.checks.map((c, i) => (
          <li
            key={text(c.label)}
            className={results[i] ? "is-passed" : "is-open"}
            data-testid="lesson-check"
            data-passed={results[i]}
          >
            <span aria-hidden="true">{results[i] ? "✓" : "○"}</span> {text(c.label)}{" "}
            <span className="sr-only">{results[i] ? t("lessons.checkPassed") : t("lessons.checkOpen")}</span>
          </li>
        ))}
      </ul>
      {solved && (
        <p className="lesson-solved" role="status" data-testid="lesson-solved">
          {t("lessons.allPassed")}
        </p>
      )}
      {challenge.hints.slice(0, hintsShown).map((h) => (
        <p key={text(h)} className="lesson-hint" data-testid="lesson-hint">
          {text(h)}
        </p>
      ))}
      {!solved && challenge.hints.length > 0 && (
        <button
          type="button"
          className="btn"
          data-testid="lesson-hint-button"
          disabled={hintsShown >= challenge.hints.length}
          onClick={() => useLessons.getState().showHint()}
        >
          {hintsShown === 0
            ? t("lessons.hint")
            : hintsShown < challenge.hints.length
              ? t("lessons.moreHint")
              : t("lessons.noMoreHints")}
        </button>
      )}
    </section>
  );
}
