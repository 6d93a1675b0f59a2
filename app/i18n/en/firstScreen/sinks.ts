// The run panel's Tables tab is on the first screen; the tables' own words (sinks.ts) load with the pane.
export const sinksOnFirstScreen = {
  tables: {
    tab: "Tables",
  },
};
