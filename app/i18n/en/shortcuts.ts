// What each keyboard shortcut and mouse gesture does (the help dialog's table; keys in canvas/shortcuts.ts).
export const shortcuts = {
  delete: "Delete the selected nodes and edges",
  copy: "Copy the selected nodes",
  paste: "Paste",
  duplicate: "Duplicate the selected nodes",
  undo: "Undo",
  redo: "Redo",
  selectAll: "Select every node",
  deselect: "Clear the selection, close menus",
  autoLayout: "Auto-layout left to right",
  fitView: "Fit the whole pipeline in view",
  focusMode: "Presentation mode: hide the side panels",
  help: "Show this help",
  gesture: {
    add: { keys: "Drag from palette / double-click", label: "Add a node" },
    connect: { keys: "Drag handle → handle", label: "Connect an output to an input" },
    select: { keys: "Shift+drag / Ctrl+click", label: "Select several nodes" },
    menu: { keys: "Right-click", label: "Node, edge and canvas menu" },
    zoom: { keys: "Scroll / drag the canvas", label: "Zoom / pan" },
  },
};
