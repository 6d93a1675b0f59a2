// A user function param: its signature, the code, and the validator's error with line and column.
import type { FieldProps } from "./fieldTypes";
import { LazyCodeField } from "./LazyCodeField";

export function FunctionField({ id, spec, value, onChange, issue }: FieldProps) {
  const signature = spec.param.type === "function" ? spec.param.signature : "";
  return (
    <>
      <code className="signature">{signature}</code>
      <LazyCodeField
        id={id}
        label={spec.label}
        text={typeof value === "string" ? value : ""}
        onText={onChange}
        issue={issue}
      />
    </>
  );
}
