// What shows while a dialog loads; the dialogs' own words (dialogs.ts) load with them.
export const dialogsOnFirstScreen = {
  loading: "Loading dialog",
};
