// Axis tick labels as plain SVG text. Recharts' default tick renders its <Text>, which measures every
// word in the DOM (forced layout) on each redraw: too costly for charts that redraw while a run goes.

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  textAnchor?: string;
}

type TickAnchor = "start" | "middle" | "end";

export function plainTick(format: (value: number) => string, anchor: TickAnchor, dy: number) {
  return function renderTick({ x, y, payload }: TickProps) {
    return (
      <text x={Number(x)} y={Number(y)} dy={dy} textAnchor={anchor} fontSize={11} fill="var(--text-3)">
        {format(Number(payload?.value))}
      </text>
    );
  };
}

export function plainCategoryTick(anchor: TickAnchor) {
  return function renderCategoryTick({ x, y, payload }: TickProps) {
    return (
      <text x={Number(x)} y={Number(y)} dy={4} dx={-4} textAnchor={anchor} fontSize={11} fill="var(--text-2)">
        {String(payload?.value ?? "")}
      </text>
    );
  };
}
