// An SVG arrowhead for `markerEnd`: a triangle `size` units long, its tip on the line's end. Drawn the
// same on the job DAG and on the canvas's lineage overlay; `fill` or a class gives its colour.
export function ArrowMarker({
  id,
  size,
  fill,
  className,
}: {
  id: string;
  size: number;
  fill?: string;
  className?: string;
}) {
  const mid = size / 2;
  return (
    <marker
      id={id}
      viewBox={`0 0 ${size} ${size}`}
      refX={size - 1}
      refY={mid}
      markerWidth="7"
      markerHeight="7"
      orient="auto"
    >
      <path d={`M0,0 L${size},${mid} L0,${size} z`} fill={fill} className={className} />
    </marker>
  );
}
