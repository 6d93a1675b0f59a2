// Enums, booleans and strings: fields that store exactly what the control shows.
import { useT } from "../../../i18n/useT";
import type { FieldProps } from "./fieldTypes";

export function EnumField({ id, spec, value, onChange }: FieldProps) {
  const options = spec.param.type === "enum" ? spec.param.options : [];
  return (
    <select id={id} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function BooleanField({ id, spec, value, onChange }: FieldProps) {
  const t = useT();
  return (
    <label className="switch">
      <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      <span>{value === true ? t("inspector.on") : t("inspector.off")}</span>
      <span className="visually-hidden">{spec.label}</span>
    </label>
  );
}

export function StringField({ id, spec, value, onChange }: FieldProps) {
  const p = spec.param.type === "string" ? spec.param : { multiline: false, placeholder: undefined };
  const text = typeof value === "string" ? value : "";
  return p.multiline ? (
    <textarea
      id={id}
      value={text}
      rows={Math.min(10, Math.max(3, text.split("\n").length + 1))}
      placeholder={p.placeholder}
      onChange={(e) => onChange(e.target.value)}
    />
  ) : (
    <input
      id={id}
      type="text"
      value={text}
      placeholder={p.placeholder}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
