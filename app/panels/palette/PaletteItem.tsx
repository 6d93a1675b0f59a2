// One node kind in the palette: drag it onto the canvas, double-click it or press Enter to add it.

import { type DragEvent, Fragment, memo, type ReactNode } from "react";
import type { NodeKindSpec } from "../../../engine/graph/types";
import { PALETTE_DRAG_TYPE } from "../../canvas/useFlowHandlers";
import { useKindText } from "../../i18n/kindText";
import { CATEGORY_GLYPHS } from "../../nodes/nodeData";

interface Props {
  spec: NodeKindSpec;
  onAdd: (kind: string) => void;
  onHover: (spec: NodeKindSpec | null, target?: HTMLElement) => void;
}

function PaletteItemComponent({ spec, onAdd, onHover }: Props) {
  const kt = useKindText();
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_DRAG_TYPE, spec.kind);
    e.dataTransfer.effectAllowed = "copy";
    onHover(null);
  };
  return (
    <li>
      <button
        type="button"
        className={`palette-item cat-${spec.category}`}
        draggable
        onDragStart={onDragStart}
        onDoubleClick={() => onAdd(spec.kind)}
        onKeyDown={(e) => e.key === "Enter" && onAdd(spec.kind)}
        onMouseEnter={(e) => onHover(spec, e.currentTarget)}
        onMouseLeave={() => onHover(null)}
        onFocus={(e) => onHover(spec, e.currentTarget)}
        onBlur={() => onHover(null)}
        data-testid={`palette-${spec.kind}`}
        aria-label={`${kt.label(spec)}: ${kt.doc(spec)}`}
      >
        <span className="palette-glyph" aria-hidden="true">
          {CATEGORY_GLYPHS[spec.category]}
        </span>
        <span className="palette-label">{withCamelCaseBreaks(kt.label(spec))}</span>
      </button>
    </li>
  );
}

export const PaletteItem = memo(PaletteItemComponent);

/** A narrow palette may wrap `countByValueAndWindow` where its words meet ("countByValue|AndWindow"),
 * never inside one. */
function withCamelCaseBreaks(label: string): ReactNode[] {
  let offset = 0;
  return label.split(/(?<=[a-z])(?=[A-Z])/).map((part) => {
    const at = offset; // where the part starts in the label: a key that stays with its text
    offset += part.length;
    return (
      <Fragment key={at}>
        {at > 0 && <wbr />}
        {part}
      </Fragment>
    );
  });
}
