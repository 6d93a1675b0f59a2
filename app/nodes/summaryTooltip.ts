// The card's summary line is short (code is cut to 40 characters and two lines on the card); its
// tooltip holds the whole of it: the summary, then each function param's full source when the
// summary does not already show it verbatim.

import { resolveParams } from "../../engine/graph";
import type { NodeKindSpec } from "../../engine/graph/types";
import type { KindText } from "../i18n/kindText";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function summaryTooltip(
  spec: NodeKindSpec,
  params: Record<string, unknown>,
  summary: string,
  text?: Pick<KindText, "paramLabel">,
): string {
  const resolved = resolveParams(spec, params);
  const sources = spec.params.flatMap((p) => {
    const source = resolved[p.name];
    if (p.param.type !== "function" || typeof source !== "string" || source.trim() === "") return [];
    return oneLine(source) === summary
      ? []
      : [`${text ? text.paramLabel(spec.kind, p) : p.label}:\n${source.trim()}`];
  });
  return [summary, ...sources].join("\n\n");
}
