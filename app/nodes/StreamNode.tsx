// The card every node kind is drawn with: kind, label, key params in one line, Spark method, input and
// output handles, and an error badge with the validator's message.

import { Handle, type NodeProps, Position } from "@xyflow/react";
import type { NodeCategory } from "../../engine/graph/types";
import { RunNodeBadge } from "../canvas/tokens/runDrawings";
import { useKindText } from "../i18n/kindText";
import { summaryText } from "../i18n/summaryText";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { inputHandles, specOf } from "../store/catalog";
import { NodeTitle } from "./NodeTitle";
import { CATEGORY_GLYPHS, type StreamFlowNode } from "./nodeData";
import { RealWorldStatus } from "./RealWorldStatus";
import { summaryTooltip } from "./summaryTooltip";

/** Handles sit at fixed heights, by the header, so they don't move when a card grows (issues, live counts). */
const HANDLE_TOP = [26, 22, 50];

interface Props extends NodeProps<StreamFlowNode> {
  category: NodeCategory | "unknown";
}

export function StreamNode({ id, data, selected, category }: Props) {
  const t = useT();
  const kt = useKindText();
  const spec = specOf(data.kind);
  const batchIntervalMs = useStudio((s) => s.doc.batchIntervalMs);
  const firstError = useStudio(
    (s) => s.issues.find((i) => i.nodeId === id && i.severity === "error")?.message,
  );
  const firstWarning = useStudio(
    (s) => s.issues.find((i) => i.nodeId === id && i.severity === "warning")?.message,
  );
  const issueCount = useStudio((s) => s.issues.reduce((n, i) => (i.nodeId === id ? n + 1 : n), 0));
  const title = data.label ?? (spec ? kt.label(spec) : data.kind);
  // Tests find a card by its label or its kind's English label, in every language.
  const testTitle = data.label ?? spec?.label ?? data.kind;
  const summary = spec ? summaryText(spec, data.params, batchIntervalMs) : "";
  const handles = spec ? inputHandles(spec) : [null];
  const message = firstError ?? firstWarning;
  const method = spec
    ? `${data.label ? `${kt.label(spec)} · ` : ""}${spec.sparkMethod}`
    : t("nodes.unknownKind", { kind: data.kind });

  return (
    <div
      className={`stream-node cat-${category}${selected ? " is-selected" : ""}${firstError ? " has-error" : ""}`}
      data-testid={`node-${testTitle}`}
      data-node-id={id}
      data-kind={data.kind}
    >
      {handles.map((name, i) => (
        <Handle
          key={name ?? "in"}
          type="target"
          position={Position.Left}
          id={name ?? undefined}
          className="stream-handle"
          style={{ top: HANDLE_TOP[handles.length > 1 ? i + 1 : 0] }}
          aria-label={name ? t("nodes.namedInput", { title, name }) : t("nodes.input", { title })}
        >
          {name && <span className="handle-name">{name}</span>}
        </Handle>
      ))}
      <div className="stream-node-header">
        <span className="stream-node-glyph" aria-hidden="true">
          {category === "unknown" ? "?" : CATEGORY_GLYPHS[category]}
        </span>
        <NodeTitle nodeId={id} title={title} placeholder={spec ? kt.label(spec) : data.kind} />
        {message && (
          <span
            className={`stream-node-badge ${firstError ? "is-error" : "is-warning"}`}
            title={message}
            data-testid="node-error-badge"
          >
            {issueCount}
          </span>
        )}
      </div>
      <div className="stream-node-body">
        {/* The line may be cut off on the card: its tooltip starts with the whole of it. */}
        <div className="stream-node-method" title={spec ? `${method}\n\n${kt.doc(spec)}` : method}>
          {method}
        </div>
        {summary && (
          <div
            className="stream-node-summary"
            title={spec ? summaryTooltip(spec, data.params, summary, kt) : summary}
          >
            {summary}
          </div>
        )}
        <RunNodeBadge nodeId={id} />
        {spec?.realWorld && <RealWorldStatus nodeId={id} kind={data.kind} isOutput={!!spec.isOutput} />}
        {message && (
          <div className={`stream-node-issue ${firstError ? "is-error" : "is-warning"}`} role="note">
            {message}
          </div>
        )}
      </div>
      {!spec?.isOutput && (
        <Handle
          type="source"
          position={Position.Right}
          style={{ top: HANDLE_TOP[0] }}
          className="stream-handle"
          aria-label={t("nodes.output", { title })}
        />
      )}
    </div>
  );
}
