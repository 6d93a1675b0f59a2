// print() output in Spark's format ("-------------------------------------------" / "Time: ... ms").
import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import "../../i18n/later/live";

const SHOWN_LINES = 400;

export function ConsolePane() {
  const t = useT();
  const lines = useStudio((s) => s.console);
  const ref = useRef<HTMLPreElement>(null);
  const shown = lines.slice(-SHOWN_LINES);
  useEffect(() => {
    const el = ref.current;
    // Follow the output unless the user scrolled up to read.
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 60) el.scrollTop = el.scrollHeight;
  });
  if (lines.length === 0) return <p className="bottom-empty">{t("live.console.empty")}</p>;
  return (
    <pre className="console-pane" ref={ref} data-testid="console">
      {shown.map((l) => l.text).join("\n")}
    </pre>
  );
}
