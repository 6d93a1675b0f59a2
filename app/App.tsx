// The editor's layout shell: toolbar on top, palette | canvas | inspector, the run panel below.
import { ReactFlowProvider } from "@xyflow/react";
import { BottomSlot } from "./BottomSlot";
import { Canvas } from "./canvas/Canvas";
import { DialogHost } from "./dialogs/DialogHost";
import { Inspector } from "./panels/inspector/Inspector";
import { Palette } from "./panels/palette/Palette";
import { Toolbar } from "./toolbar/Toolbar";

export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <main className="workspace">
          <Palette />
          <Canvas />
          <Inspector />
        </main>
        <BottomSlot />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
