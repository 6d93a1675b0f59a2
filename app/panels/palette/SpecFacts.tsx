// The facts a palette tooltip adds to a kind's doc: its inputs, what it needs, its params.
import type { NodeKindSpec } from "../../../engine/graph/types";

function inputsText(spec: NodeKindSpec): string {
  const { min, max, names } = spec.inputs;
  if (max === 0) return "no input (a source)";
  if (names) return `${names.length} inputs: ${names.join(", ")}`;
  if (max === Number.POSITIVE_INFINITY) return `${min} or more inputs`;
  return max === 1 ? "1 input" : `${max} inputs`;
}

export function SpecFacts({ spec }: { spec: NodeKindSpec }) {
  const facts = [
    inputsText(spec),
    spec.requiresPairInput ? "needs (key, value) pairs" : null,
    spec.isOutput ? "output operation" : null,
    spec.needsCheckpoint === true ? "needs checkpointing" : null,
  ].filter(Boolean);
  return (
    <dl className="spec-facts">
      <dt>Inputs</dt>
      <dd>{facts.join(" · ")}</dd>
      {spec.params.length > 0 && (
        <>
          <dt>Params</dt>
          <dd>{spec.params.map((p) => p.label).join(", ")}</dd>
        </>
      )}
    </dl>
  );
}
