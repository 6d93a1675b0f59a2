// The canvas: empty hint, context menu, toasts, the pipeline title.
export const canvas = {
  edgeLabel: "Edge from {{source}} to {{target}}",
  layingOut: "Laying out…",
  dismiss: "Dismiss",
  conflict: {
    changedElsewhere: "This pipeline was changed in another tab.",
    keptAs: 'Your changes here are kept as "{{name}}" until you choose.',
    keptAsCopy: "Changes you make here are kept as a copy until you choose.",
    loadTheirs: "Load their version",
    keepMine: "Keep mine",
  },
  menu: {
    node: "node menu",
    edge: "edge menu",
    pane: "pane menu",
    delete: "Delete",
    duplicate: "Duplicate",
    copy: "Copy",
    paste: "Paste",
    autoLayout: "Auto-layout",
    fitView: "Fit view",
  },
  empty: {
    title: "Build a streaming pipeline",
    body: "Drag a <strong>source</strong> from the palette (or double-click it), add transformations, and connect output → input handles. Finish with an output such as <code>print</code>.",
    openExample: "Open an example",
  },
  title: {
    ariaLabel: "Pipelines (open: {{name}})",
    tooltip: "{{name}}\nPipelines: new, open, rename, duplicate, delete",
  },
};
