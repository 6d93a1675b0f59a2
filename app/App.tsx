// The editor's layout shell: toolbar on top, palette | canvas | inspector, the run panel below.
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "./canvas/Canvas";
import { DialogHost } from "./dialogs/DialogHost";
import { LessonLayer } from "./lessons/LessonLayer";
import { LessonPanel } from "./lessons/panel/LessonPanel";
import { Inspector } from "./panels/inspector/Inspector";
import { Palette } from "./panels/palette/Palette";
import { RunPanelSlot } from "./RunPanelSlot";
import { useStudio } from "./store";
import { Toolbar } from "./toolbar/Toolbar";

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
        <LessonLayer />
      </div>
    </ReactFlowProvider>
  );
}
