// The palette of node kinds.
export const palette = {
  title: "Palette",
  search: "Search operators",
  searchPlaceholder: "Search operators…",
  noMatch: "No operator matches “{{query}}”.",
  tip: "Drag onto the canvas, or double-click.",
  category: {
    source: "Sources",
    transformation: "Transformations",
    window: "Windows",
    state: "State",
    join: "Joins",
    output: "Outputs",
  },
  facts: {
    inputs: "Inputs",
    params: "Params",
    noInput: "no input (a source)",
    named: "{{count}} inputs: {{names}}",
    orMore: "{{min}} or more inputs",
    one: "1 input",
    several: "{{max}} inputs",
    needsPairs: "needs (key, value) pairs",
    output: "output operation",
    checkpoint: "needs checkpointing",
  },
};
