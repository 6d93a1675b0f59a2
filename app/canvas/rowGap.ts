// Where an edge running back left (a pipeline wrapped into rows) crosses from one row to the next:
// through the gap under its source's row, not halfway between the handles, which can be inside a
// taller card of that row.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The y of the horizontal run from a handle at `sourceY` down to a handle at `targetY`. */
export function rowGapY(cards: readonly Rect[], sourceY: number, targetY: number): number {
  const across = (y: number) => cards.filter((c) => c.y <= y && y <= c.y + c.height);
  const sourceRow = across(sourceY);
  const targetRow = across(targetY);
  if (sourceRow.length === 0 || targetY <= sourceY) return (sourceY + targetY) / 2;
  const rowBottom = Math.max(...sourceRow.map((c) => c.y + c.height));
  const nextTop = targetRow.length > 0 ? Math.min(...targetRow.map((c) => c.y)) : targetY;
  if (nextTop > rowBottom) return (rowBottom + nextTop) / 2;
  return (sourceY + targetY) / 2;
}
