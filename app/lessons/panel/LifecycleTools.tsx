// The lifecycle lesson's buttons: StreamingContext calls made on the running pipeline's real context,
// each answered by the engine (Spark's message when it refuses).
import { useEffect, useRef } from "react";
import { LIFECYCLE_CODE, type LifecycleCall } from "../../../engine/protocol/lessonEvents";
import { useT } from "../../i18n/useT";
import { useLessons } from "../lessonStore";
import { callLifecycle } from "../player/lessonEvents";
import "../../i18n/later/lessons";

const CALLS: readonly LifecycleCall[] = [
  "start",
  "addOperation",
  "secondContext",
  "stop",
  "restart",
  "stopAll",
];

export function LifecycleTools() {
  const t = useT();
  const outcomes = useLessons((s) => s.lifecycle);
  // The answer to a click comes into view below the buttons, even in a short panel (1024x768).
  const newest = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (outcomes.length > 0) newest.current?.scrollIntoView({ block: "nearest" });
  }, [outcomes.length]);
  return (
    <section className="lesson-tools" aria-label={t("lessons.lifecycleTools")}>
      <h4>{t("lessons.lifecycleTools")}</h4>
      <div className="lesson-tool-buttons">
        {CALLS.map((call) => (
          <button
            key={call}
            type="button"
            className="btn mono"
            data-testid={`lifecycle-${call}`}
            onClick={() => void callLifecycle(call)}
          >
            {LIFECYCLE_CODE[call]}
          </button>
        ))}
      </div>
      {/* Newest first: the answer to the click just made is where the eye is. */}
      <ol className="lesson-outcomes" data-testid="lifecycle-outcomes" reversed>
        {[...outcomes].reverse().map((o, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: outcomes only grow; the same call may repeat
            key={outcomes.length - i}
            ref={i === 0 ? newest : undefined}
            className={o.ok ? "is-ok" : "is-refused"}
            data-testid="lifecycle-outcome"
          >
            <code>{o.code}</code>{" "}
            <strong>{o.ok ? t("lessons.lifecycleOk") : t("lessons.lifecycleRefused")}</strong>
            <div className="mono lesson-outcome-message">{o.message}</div>
            <div className="muted">
              {t("lessons.lifecycleState", { state: o.state })}
              {o.sparkContextStopped ? ` · ${t("lessons.sparkContextStopped")}` : ""}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
