// The editor's layout shell: toolbar on top, palette | canvas | inspector, the run panel below.
import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense } from "react";
import { Canvas } from "./canvas/Canvas";
import { DialogHost } from "./dialogs/DialogHost";
import { LessonLayer } from "./lessons/LessonLayer";
import { LessonPanel } from "./lessons/panel/LessonPanel";
import { Inspector } from "./panels/inspector/Inspector";
import { Palette } from "./panels/palette/Palette";
import { RunPanelSlot } from "./RunPanelSlot";
import { useStudio } from "./store";
import { Toolbar } from "./toolbar/Toolbar";

// The side-by-side view (two workers, two plots) loads when a comparison is first opened.
const CompareHost = lazy(() =>
  import("./structured/compare/CompareHost").then((m) => ({ default: m.CompareHost })),
);

export function App() {
  const focusMode = useStudio((s) => s.focusMode);
  // The code editor, the charts and ELK's layout worker are not fetched ahead: each loads when first
  // needed, so a visit that never opens them never downloads them.
  return (
    <ReactFlowProvider>
      <div className={focusMode ? "app is-focus" : "app"}>
        <Toolbar />
        <main className="workspace">
          {!focusMode && <Palette />}
          <Canvas />
          {!focusMode && <Inspector />}
          <LessonPanel />
        </main>
        <RunPanelSlot />
        <DialogHost />
        <StructuredComparison />
        <LessonLayer />
      </div>
    </ReactFlowProvider>
  );
}

/** Fetches the side-by-side view only once a comparison is open. */
function StructuredComparison() {
  const open = useStudio((s) => s.comparison !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <CompareHost />
    </Suspense>
  );
}
