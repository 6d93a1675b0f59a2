// What every inspector field gets: the param's spec, its value, a setter, and the validator's issue.
import type { ParamSpec, PipelineIssue } from "../../../../engine/graph/types";

export interface FieldProps {
  /** DOM id of the control, for the field's <label>. */
  id: string;
  spec: ParamSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  issue?: PipelineIssue;
}
