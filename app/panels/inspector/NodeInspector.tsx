// The inspector for one node: what it is (kind, Spark method, doc), its label, and its params.

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useKindText } from "../../i18n/kindText";
import { useT } from "../../i18n/useT";
import "./inspector.css";
import { CATEGORY_GLYPHS } from "../../nodes/nodeData";
import { useStudio } from "../../store";
import { specOf } from "../../store/catalog";
import { ParamField } from "./ParamField";

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const t = useT();
  const node = useStudio((s) => s.doc.nodes.find((n) => n.id === nodeId));
  const issues = useStudio(useShallow((s) => s.issues.filter((i) => i.nodeId === nodeId)));
  const setLabel = useStudio((s) => s.setLabel);
  const kt = useKindText();
  const kind = node?.kind;
  // Translated copies, made once per kind and language so the memoised fields keep their props.
  // biome-ignore lint/correctness/useExhaustiveDependencies: kt changes exactly with t (the language)
  const params = useMemo(() => {
    const s = kind ? specOf(kind) : undefined;
    return s ? s.params.map((p) => kt.param(s.kind, p)) : [];
  }, [kind, t]);
  if (!node) return null;
  const spec = specOf(node.kind);
  if (!spec) return <p className="field-error">{t("inspector.unknownKind", { kind: node.kind })}</p>;
  const nodeIssues = issues.filter((i) => !i.param);

  return (
    <div className={`node-inspector cat-${spec.category}`} data-testid="node-inspector">
      <header className="inspector-node-header">
        <span className="stream-node-glyph" aria-hidden="true">
          {CATEGORY_GLYPHS[spec.category]}
        </span>
        <div>
          <h3 title={kt.label(spec)}>{camelCaseBreaks(kt.label(spec))}</h3>
          <code className="muted">{spec.sparkMethod}</code>
        </div>
      </header>
      <p className="inspector-doc">{kt.doc(spec)}</p>
      {nodeIssues.map((i) => (
        <p
          key={i.message}
          className={i.severity === "error" ? "issue-box is-error" : "issue-box is-warning"}
          role="alert"
        >
          {i.message}
        </p>
      ))}
      <div className="field">
        <label className="field-label" htmlFor={`label-${nodeId}`}>
          {t("inspector.label")}
        </label>
        <input
          id={`label-${nodeId}`}
          type="text"
          value={node.label ?? ""}
          placeholder={kt.label(spec)}
          onChange={(e) => setLabel(nodeId, e.target.value)}
        />
        <p className="field-help">{t("inspector.labelHelp")}</p>
      </div>
      {spec.params.map((p, i) => (
        <ParamField
          key={`${nodeId}:${p.name}`}
          nodeId={nodeId}
          spec={params[i]}
          value={node.params[p.name]}
          issue={issues.find((i) => i.param === p.name)}
        />
      ))}
    </div>
  );
}

/** An operator's name may wrap only between its camelCase words ("reduceByKey|AndWindow"), never mid-word. */
function camelCaseBreaks(name: string) {
  const words = name.split(/(?=[A-Z])/);
  return words.map((w, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the words of one fixed name, in order
    <span key={i}>
      {i > 0 && <wbr />}
      {w}
    </span>
  ));
}
