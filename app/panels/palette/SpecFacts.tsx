// The facts a palette tooltip adds to a kind's doc: its inputs, what it needs, its params.

import type { NodeKindSpec } from "../../../engine/graph/types";
import { useKindText } from "../../i18n/kindText";
import { t, useT } from "../../i18n/useT";

function inputsText(spec: NodeKindSpec): string {
  const { min, max, names } = spec.inputs;
  if (max === 0) return t("palette.facts.noInput");
  if (names) return t("palette.facts.named", { count: names.length, names: names.join(", ") });
  if (max === Number.POSITIVE_INFINITY) return t("palette.facts.orMore", { min });
  return max === 1 ? t("palette.facts.one") : t("palette.facts.several", { max });
}

export function SpecFacts({ spec }: { spec: NodeKindSpec }) {
  useT();
  const kt = useKindText();
  const facts = [
    inputsText(spec),
    spec.requiresPairInput ? t("palette.facts.needsPairs") : null,
    spec.isOutput ? t("palette.facts.output") : null,
    spec.needsCheckpoint === true ? t("palette.facts.checkpoint") : null,
  ].filter(Boolean);
  return (
    <dl className="spec-facts">
      <dt>{t("palette.facts.inputs")}</dt>
      <dd>{facts.join(" · ")}</dd>
      {spec.params.length > 0 && (
        <>
          <dt>{t("palette.facts.params")}</dt>
          <dd>{spec.params.map((p) => kt.paramLabel(spec.kind, p)).join(", ")}</dd>
        </>
      )}
    </dl>
  );
}
