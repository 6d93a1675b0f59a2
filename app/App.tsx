// The editor's layout shell: toolbar on top, palette | canvas | inspector, the run panel below.
import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { preloadLayout } from "./canvas/autoLayout";
import { Canvas } from "./canvas/Canvas";
import { DialogHost } from "./dialogs/DialogHost";
import { Inspector } from "./panels/inspector/Inspector";
import { Palette } from "./panels/palette/Palette";
import { RunPanelSlot } from "./RunPanelSlot";
import { useStudio } from "./store";
import { Toolbar } from "./toolbar/Toolbar";

export function App() {
  const focusMode = useStudio((s) => s.focusMode);
  // Once the page is idle, start ELK's layout worker and fetch the lazy chunks a user meets first
  // (the code editor, the charts), so the first layout and the first selected node don't wait.
  useEffect(() => {
    const id = requestIdleCallback(
      () => {
        preloadLayout();
        void import("./panels/inspector/fields/CodeField");
        void import("./charts/StreamingCharts");
      },
      { timeout: 3000 },
    );
    return () => cancelIdleCallback(id);
  }, []);
  return (
    <ReactFlowProvider>
      <div className={focusMode ? "app is-focus" : "app"}>
        <Toolbar />
        <main className="workspace">
          {!focusMode && <Palette />}
          <Canvas />
          {!focusMode && <Inspector />}
        </main>
        <RunPanelSlot />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
