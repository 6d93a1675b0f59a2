// The validator's findings about the whole pipeline (e.g. no output operation), shown above settings.

import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { displayLabel } from "../../store/catalog";

export function PipelineIssues() {
  const t = useT();
  const issues = useStudio(useShallow((s) => s.issues));
  const nodes = useStudio((s) => s.doc.nodes);
  const setSelection = useStudio((s) => s.setSelection);
  // An empty canvas is not a problem yet: nothing to warn about until something is built.
  if (issues.length === 0 || nodes.length === 0) return null;
  return (
    <section className="pipeline-issues" aria-label={t("inspector.problems")}>
      <h3>{t("inspector.problemsCount", { count: issues.length })}</h3>
      <ul>
        {issues.map((i) => {
          const node = i.nodeId ? nodes.find((n) => n.id === i.nodeId) : undefined;
          return (
            <li
              key={`${i.nodeId ?? ""}:${i.edgeId ?? ""}:${i.param ?? ""}:${i.message}`}
              className={`issue-box is-${i.severity}`}
            >
              {node ? (
                <button type="button" className="link" onClick={() => setSelection([node.id], [])}>
                  {displayLabel(node)}
                </button>
              ) : null}
              {node ? ": " : ""}
              {i.message}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
