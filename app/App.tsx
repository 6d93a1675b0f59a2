// The editor's layout shell: toolbar on top, palette | canvas | inspector, the run panel below.
import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense } from "react";
import { Canvas } from "./canvas/Canvas";
import { DialogHost } from "./dialogs/DialogHost";
import { LessonLayer } from "./lessons/LessonLayer";
import { useLessons } from "./lessons/lessonStore";
import { Inspector } from "./panels/inspector/Inspector";
import { Palette } from "./panels/palette/Palette";
import { RunPanelSlot } from "./RunPanelSlot";
import { useStudio } from "./store";
import { Toolbar } from "./toolbar/Toolbar";

// The lesson panel (the player, its step tools) loads when a lesson is first opened.
const LessonPanel = lazy(() =>
  import("./lessons/panel/LessonPanel").then((m) => ({ default: m.LessonPanel })),
);

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
          <OpenLesson />
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

/** The lesson panel, only while a lesson is open (it follows every batch while mounted). */
function OpenLesson() {
  const open = useLessons((s) => s.lesson !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LessonPanel />
    </Suspense>
  );
}
