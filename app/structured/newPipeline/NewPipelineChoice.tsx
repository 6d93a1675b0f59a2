// The new-pipeline flow's choice: a DStream pipeline or a Structured Streaming query. The mode is fixed
// at creation (each has its own palette); the button creates and opens the pipeline.
import { useId, useState } from "react";
import "./newPipeline.css";
import { useT } from "../../i18n/useT";
import type { PipelineModeName } from "../mode";
import { newPipelineStrings as S } from "./newPipelineStrings";

export function NewPipelineChoice({ onCreate }: { onCreate: (mode: PipelineModeName) => void }) {
  // Redraw on a language change (the words are read from the catalog).
  useT();
  const [mode, setMode] = useState<PipelineModeName>("dstream");
  const name = useId();
  const option = (value: PipelineModeName, label: string, hint: string) => (
    <label className="new-pipeline-option" title={hint}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={mode === value}
        onChange={() => setMode(value)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="new-pipeline-choice">
      <legend className="muted">{S.legend}</legend>
      {option("dstream", S.dstream, S.dstreamHint)}
      {option("structured", S.structured, S.structuredHint)}
      <button type="button" className="btn btn-primary" onClick={() => onCreate(mode)}>
        {S.create}
      </button>
    </fieldset>
  );
}
