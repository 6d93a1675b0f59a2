// A receiver's events/sec per batch as a small line, the mini-timeline of Spark's receivers table.
export function Sparkline({ values, color }: { values: readonly number[]; color: string }) {
  const width = 120;
  const height = 24;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map(
    (v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`,
  );
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <polyline points={points.join(" ")} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
}
