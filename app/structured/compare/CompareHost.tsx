// Shows the side-by-side view while the store holds a comparison (opened from the gallery or from a
// structured query's "Compare modes").
import { useStudio } from "../../store";
import { CompareView } from "./CompareView";

export function CompareHost() {
  const comparison = useStudio((s) => s.comparison);
  const close = useStudio((s) => s.closeComparison);
  if (!comparison) return null;
  return <CompareView comparison={comparison} onClose={close} />;
}
