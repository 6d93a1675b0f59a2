// Small widgets over the canvas: problems chip and save status.
export const widgets = {
  ready: "Ready",
  noProblem: "The validator found no problem",
  showProblems: "Show the problems in the inspector",
  save: {
    saved: "Saved",
    saving: "Saving…",
    unsaved: "Unsaved",
    error: "Not saved",
    otherTab: "Not saved (other tab)",
    otherTabTitle: "Not saved: another tab saved this pipeline; choose whose version to keep",
    where: "Pipelines are saved in this browser (IndexedDB)",
  },
};
