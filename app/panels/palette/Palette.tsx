// The left panel: every node kind from the catalog, grouped by category, searchable, with a doc card
// on hover or focus.

import { useCallback, useMemo, useState } from "react";
import type { NodeCategory, NodeKindSpec } from "../../../engine/graph/types";
import { useCanvasCommands } from "../../canvas/useCanvasCommands";
import { kindText, useKindText } from "../../i18n/kindText";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { CATEGORY_ORDER, paletteOf } from "../../store/catalog";
import { pipelineModeOf } from "../../structured/mode";
import { PaletteItem } from "./PaletteItem";
import { matchesQuery } from "./paletteFilter";
import { SpecFacts } from "./SpecFacts";

interface Hover {
  spec: NodeKindSpec;
  top: number;
  left: number;
}

export function Palette() {
  const t = useT();
  const kt = useKindText();
  const [query, setQuery] = useState("");
  const [hover, setHover] = useState<Hover | null>(null);
  const { addNodeAtCenter } = useCanvasCommands();
  // Each mode has its own palette: DStream operators, or a structured query's readStream ... writeStream.
  const mode = useStudio((s) => pipelineModeOf(s.doc));
  const palette = useMemo(() => paletteOf(mode), [mode]);
  // A structured query's groups have names of their own (readStream ... writeStream).
  const categoryLabel = useCallback(
    (category: NodeCategory) =>
      mode === "structured" ? t(`palette.structuredCategory.${category}`) : t(`palette.category.${category}`),
    [mode, t],
  );

  const groups = useMemo(
    () =>
      CATEGORY_ORDER.map((category) => ({
        category,
        specs: palette.specs[category].filter((s) =>
          matchesQuery(s, query, `${kindText().doc(s)} ${categoryLabel(category)}`),
        ),
      })).filter((g) => g.specs.length > 0),
    [query, palette, categoryLabel],
  );

  const onHover = useCallback((spec: NodeKindSpec | null, target?: HTMLElement) => {
    if (!spec || !target) return setHover(null);
    const r = target.getBoundingClientRect();
    setHover({ spec, top: r.top, left: r.right + 10 });
  }, []);
  const onAdd = useCallback((kind: string) => void addNodeAtCenter(kind), [addNodeAtCenter]);

  return (
    <aside className="palette" aria-label={t("palette.title")}>
      <div className="panel-header">
        <h2>{t("palette.title")}</h2>
      </div>
      <div className="palette-search">
        <input
          type="search"
          placeholder={t("palette.searchPlaceholder")}
          aria-label={t("palette.search")}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="palette-groups">
        {groups.map((g) => (
          <section key={g.category} className="palette-group" aria-label={categoryLabel(g.category)}>
            <h3 className={`palette-group-title cat-${g.category}`}>{categoryLabel(g.category)}</h3>
            <ul>
              {g.specs.map((spec) => (
                <PaletteItem key={spec.kind} spec={spec} onAdd={onAdd} onHover={onHover} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && <p className="muted palette-empty">{t("palette.noMatch", { query })}</p>}
      </div>
      <p className="palette-tip muted">{t("palette.tip")}</p>
      {hover && (
        <div
          className={`palette-tooltip cat-${hover.spec.category}`}
          role="tooltip"
          style={{ top: hover.top, left: hover.left }}
        >
          <div className="palette-tooltip-title">{kt.label(hover.spec)}</div>
          <code className="palette-tooltip-method">{hover.spec.sparkMethod}</code>
          <p>{kt.doc(hover.spec)}</p>
          <SpecFacts spec={hover.spec} />
        </div>
      )}
    </aside>
  );
}
