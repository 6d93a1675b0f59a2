// Says over the canvas which kind of pipeline is open: a DStream pipeline or a Structured Streaming query.
import { useStudio } from "../../store";
import { pipelineModeOf } from "../mode";
import { newPipelineStrings as S } from "./newPipelineStrings";
import "./newPipeline.css";
import { useT } from "../../i18n/useT";

export function ModeBadge() {
  const mode = useStudio((s) => pipelineModeOf(s.doc));
  return (
    <span className={`mode-badge is-${mode}`} data-testid="pipeline-mode">
      {S.modeBadge[mode]}
    </span>
  );
}

/** The empty canvas's words for a structured query; undefined for a DStream pipeline (the canvas's own). */
export function useStructuredEmptyHint(): { title: string; text: string } | undefined {
  // Redraw on a language change (the words are read from the catalog).
  useT();
  const structured = useStudio((s) => pipelineModeOf(s.doc) === "structured");
  return structured ? { title: S.emptyTitle, text: S.emptyText } : undefined;
}
