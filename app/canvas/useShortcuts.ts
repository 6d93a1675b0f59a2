// Global key handling for the editor (React Flow's own delete/select keys are switched off so every
// edit goes through the store and its history).
import { useEffect } from "react";
import { useStudio } from "../store";
import { isTypingTarget, SHORTCUTS, type ShortcutAction } from "./shortcuts";
import { useCanvasCommands } from "./useCanvasCommands";

export function useShortcuts(onEscape: () => void) {
  const commands = useCanvasCommands();

  useEffect(() => {
    const run = (action: ShortcutAction) => {
      const s = useStudio.getState();
      switch (action) {
        case "delete":
          return s.removeElements(s.selectedNodeIds, s.selectedEdgeIds);
        case "copy":
          return s.copySelection();
        case "paste":
          return s.paste();
        case "duplicate":
          return s.duplicateSelection();
        case "undo":
          return s.undo();
        case "redo":
          return s.redo();
        case "selectAll":
          return s.setSelection(
            s.doc.nodes.map((n) => n.id),
            s.doc.edges.map((e) => e.id),
          );
        case "deselect":
          onEscape();
          return s.clearSelection();
        case "autoLayout":
          return void commands.autoLayout();
        case "fitView":
          return commands.fitView();
        case "focusMode":
          s.toggleFocusMode();
          return void requestAnimationFrame(() => commands.fitView());
        case "help":
          return s.openDialog("help");
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      if (useStudio.getState().dialog !== null) return;
      const shortcut = SHORTCUTS.find((s) => s.matches(e));
      if (!shortcut) return;
      e.preventDefault();
      run(shortcut.action);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [commands, onEscape]);
}
