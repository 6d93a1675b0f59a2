// The lineage overlay and the fault panel, loaded by FaultLayer once a run reports its simulated cluster
// (before that both draw nothing), so their code and the fault model's words are not in the first load.
import { FaultPanel } from "./FaultPanel";
import { LineageOverlay } from "./LineageOverlay";

export function FaultViews({ inLesson }: { inLesson: boolean }) {
  return (
    <>
      <LineageOverlay />
      {!inLesson && <FaultPanel />}
    </>
  );
}
