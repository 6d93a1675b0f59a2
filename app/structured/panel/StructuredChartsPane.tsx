// The charts tab: Spark's Structured Streaming UI for the running query.
import { useStudio } from "../../store";
import { StructuredCharts } from "../charts/StructuredCharts";

export function StructuredChartsPane() {
  const triggers = useStudio((s) => s.structuredRun.triggers);
  return <StructuredCharts triggers={triggers} />;
}
