// One param in the inspector: label, the control its type calls for, its help text and its issue.

import { memo } from "react";
import type { ParamSpec, PipelineIssue } from "../../../engine/graph/types";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { ParamControl } from "./ParamControl";

interface Props {
  nodeId: string;
  spec: ParamSpec;
  value: unknown;
  issue?: PipelineIssue;
}

function ParamFieldComponent({ nodeId, spec, value, issue }: Props) {
  const t = useT();
  const setParam = useStudio((s) => s.setParam);
  const id = `param-${nodeId}-${spec.name}`;
  const located =
    issue?.line !== undefined && !/line \d/.test(issue.message)
      ? t("inspector.located", { line: issue.line, column: issue.column ?? 1 })
      : "";
  return (
    <div className={`field${issue?.severity === "error" ? " has-error" : ""}`} data-param={spec.name}>
      <label className="field-label" htmlFor={id}>
        {spec.label}
        {spec.optional && <span className="muted"> · {t("inspector.optional")}</span>}
      </label>
      <ParamControl
        id={id}
        spec={spec}
        value={value}
        issue={issue}
        onChange={(v) => setParam(nodeId, spec.name, v)}
      />
      {issue && (
        <p className={issue.severity === "error" ? "field-error" : "field-warning"} role="alert">
          {issue.message}
          {located}
        </p>
      )}
      <p className="field-help">{spec.doc}</p>
    </div>
  );
}

export const ParamField = memo(ParamFieldComponent);
