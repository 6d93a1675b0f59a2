// "Why?" where the student looks: one sentence, and a link to the lesson that explains it. `compact`
// keeps only the link (the sentence becomes its tooltip), for a node card's badge.
import type { MouseEvent } from "react";
import { useT } from "../i18n/useT";
import { EXPLANATIONS, type Explained, lessonHref } from "./explanations";
import "./explanation.css";

export function Explanation({ why, compact = false }: { why: Explained; compact?: boolean }) {
  const t = useT();
  const lesson = EXPLANATIONS[why];
  const sentence = t(`explain.${why}`);
  // On a node card the click must not select or drag the node.
  const stop = (e: MouseEvent) => e.stopPropagation();
  const link = (
    <a
      className="why-link nodrag"
      href={lessonHref(lesson)}
      title={compact ? sentence : t("lessons.whyTitle")}
      data-testid={`why-${why}`}
      data-lesson={lesson.id}
      onClick={stop}
      onPointerDown={stop}
    >
      {t("lessons.why", { number: lesson.number })}
    </a>
  );
  if (compact) return link;
  return (
    <span className="explanation" data-testid={`explain-${why}`}>
      <span>{sentence}</span> {link}
    </span>
  );
}
